package dev.augenhoehe.briefs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The editor's form. Drafts accept anything within the size limits (publishing has its own rules);
 * {@code version} is the draft version the editor was opened on, for optimistic locking.
 *
 * @param recommendation the index of the recommended option ("0".."4") or "none"
 * @param removeTerms    know-how terms ticked for removal
 * @param addTerm        a term to add to the know-how box (id, term or a phrase using it)
 */
record BriefForm(String version, @Size(max = 5000) String context, @Valid List<OptionForm> options,
        String recommendation, @Size(max = 5000) String noRecommendationBecause, @Size(max = 5000) String reasons,
        @Size(max = 3000) String revisitIf, @Size(max = 5000) String knowhow, List<String> removeTerms,
        @Size(max = 200) String addTerm) {

    static final String NONE = "none";

    record OptionForm(@Size(max = 200) String name, @Size(max = 2000) String meaning, @Size(max = 3000) String pros,
            @Size(max = 3000) String cons, @Size(max = 3000) String leadsTo, @Size(max = 300) String effort,
            @Size(max = 300) String cost, @Size(max = 300) String time, String risk,
            @Size(max = 1000) String riskReason) {

        OptionForm {
            name = Texts.clean(name);
            meaning = Texts.clean(meaning);
            pros = Texts.clean(pros);
            cons = Texts.clean(cons);
            leadsTo = Texts.clean(leadsTo);
            effort = Texts.clean(effort);
            cost = Texts.clean(cost);
            time = Texts.clean(time);
            risk = Risk.parse(risk) == null ? "" : Risk.parse(risk).id();
            riskReason = Texts.clean(riskReason);
        }

        static OptionForm of(BriefOption o) {
            return new OptionForm(o.name(), o.meaning(), o.pros(), o.cons(), o.leadsTo(), o.effort(), o.cost(),
                    o.timeNeeded(), o.risk(), o.riskReason());
        }

        BriefOption option() {
            return new BriefOption(name, meaning, pros, cons, leadsTo, effort, cost, time, risk, riskReason);
        }
    }

    BriefForm {
        version = version == null || version.length() > 12 ? null : version;
        context = Texts.clean(context);
        List<OptionForm> kept = new ArrayList<>();
        if (options != null) {
            // a crafted request may leave holes (options[7] without 0..6) or send more than five
            options.stream().filter(java.util.Objects::nonNull).limit(BriefEdit.MAX_OPTIONS).forEach(kept::add);
        }
        options = kept;
        recommendation = recommendation == null ? NONE : recommendation.strip();
        noRecommendationBecause = Texts.clean(noRecommendationBecause);
        reasons = Texts.clean(reasons);
        revisitIf = Texts.clean(revisitIf);
        knowhow = Texts.clean(knowhow);
        removeTerms = removeTerms == null ? List.of() : removeTerms.stream().filter(java.util.Objects::nonNull)
                .limit(50).toList();
        addTerm = Texts.clean(addTerm);
    }

    static BriefForm of(Brief brief) {
        return new BriefForm(String.valueOf(brief.version()), brief.context(), brief.options().stream().map(OptionForm::of).toList(),
                brief.hasRecommendation() ? String.valueOf(brief.recommendation()) : NONE,
                brief.noRecommendationBecause(), brief.reasons(), brief.revisitIf(), brief.knowhow(), List.of(), "");
    }

    /** The recommended option's index, or null for "none" and for anything that is not an option. */
    Integer recommendationIndex() {
        try {
            int i = Integer.parseInt(recommendation);
            return i >= 0 && i < options.size() ? i : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The draft version the editor started from; null when missing or not a number. */
    Integer expectedVersion() {
        try {
            return version == null ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    BriefForm withVersion(Integer newVersion) {
        return new BriefForm(String.valueOf(newVersion), context, options, recommendation, noRecommendationBecause, reasons,
                revisitIf, knowhow, List.of(), addTerm);
    }

    BriefForm withOptions(List<OptionForm> newOptions) {
        return new BriefForm(version, context, newOptions, recommendation, noRecommendationBecause, reasons,
                revisitIf, knowhow, removeTerms, addTerm);
    }

    /**
     * The edit for the service. Know-how terms: ticked ones go out (and stay out even when found again), an added
     * one comes in (and is no longer "removed").
     */
    BriefEdit edit(Brief current, String addedId) {
        List<String> added = new ArrayList<>(current.addedTermIds());
        List<String> removed = new ArrayList<>(current.removedTermIds());
        for (String id : removeTerms) {
            added.remove(id);
            if (!removed.contains(id) && id.length() <= 80) {
                removed.add(id);
            }
        }
        if (addedId != null) {
            removed.remove(addedId);
            if (!added.contains(addedId)) {
                added.add(addedId);
            }
        }
        return new BriefEdit(context, options.stream().map(OptionForm::option).toList(), recommendationIndex(),
                noRecommendationBecause, reasons, revisitIf, knowhow, added, removed);
    }
}
