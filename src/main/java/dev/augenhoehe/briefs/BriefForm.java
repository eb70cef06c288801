package dev.augenhoehe.briefs;

import dev.augenhoehe.knowledge.DecisionOption;
import dev.augenhoehe.language.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The editor's form: the brief's content as typed (options bind straight to {@link DecisionOption}), plus what only
 * the editor has. Drafts accept anything within the size limits (publishing has its own rules); {@code version} is
 * the draft version the editor was opened on, for optimistic locking.
 *
 * @param recommendation the index of the recommended option ("0".."4") or "none"
 * @param removeTerms    know-how terms ticked for removal
 * @param addTerm        a term to add to the know-how box (id, term or a phrase using it)
 * @param action         "save", "publish" or "add-option" (the button pressed)
 * @param removeOption   the index of the option whose "remove" button was pressed, else null
 */
record BriefForm(String version, @Size(max = 5000) String context, @Valid List<DecisionOption> options,
        String recommendation, @Size(max = 5000) String noRecommendationBecause, @Size(max = 5000) String reasons,
        @Size(max = 3000) String revisitIf, @Size(max = 5000) String knowhow, List<String> removeTerms,
        @Size(max = 200) String addTerm, String action, Integer removeOption) {

    static final String NONE = "none";

    BriefForm {
        version = version == null || version.length() > 12 ? null : version;
        context = BriefContent.clean(context);
        // a crafted request may leave holes (options[7] without 0..6) or send more than five
        options = options == null ? List.of()
                : options.stream().filter(Objects::nonNull).limit(BriefContent.MAX_OPTIONS).toList();
        recommendation = recommendation == null ? NONE : recommendation.strip();
        noRecommendationBecause = BriefContent.clean(noRecommendationBecause);
        reasons = BriefContent.clean(reasons);
        revisitIf = BriefContent.clean(revisitIf);
        knowhow = BriefContent.clean(knowhow);
        removeTerms = removeTerms == null ? List.of()
                : removeTerms.stream().filter(Objects::nonNull).filter(id -> id.length() <= 80).limit(50).toList();
        addTerm = BriefContent.clean(addTerm);
        action = action == null || action.isBlank() ? "save" : action.strip();
    }

    static BriefForm of(Brief brief) {
        BriefContent c = brief.content();
        return new BriefForm(String.valueOf(brief.version()), c.context(), c.options(),
                c.hasRecommendation() ? String.valueOf(c.recommendation()) : NONE, c.noRecommendationBecause(),
                c.reasons(), c.revisitIf(), c.knowhow(), List.of(), "", null, null);
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

    /** The content as typed, in the brief's language. */
    BriefContent content(Language language) {
        return new BriefContent("", language, context, options, recommendationIndex(), noRecommendationBecause,
                reasons, revisitIf, knowhow, List.of());
    }

    BriefForm withVersion(Integer newVersion) {
        return new BriefForm(String.valueOf(newVersion), context, options, recommendation, noRecommendationBecause,
                reasons, revisitIf, knowhow, List.of(), addTerm, null, null);
    }

    /**
     * The form after its add or remove action: an empty option more, or one fewer (the recommendation follows its
     * option); everything else stays as typed.
     */
    BriefForm applyAction() {
        List<DecisionOption> changed = new ArrayList<>(options);
        String rec = recommendation;
        if ("add-option".equals(action) && changed.size() < BriefContent.MAX_OPTIONS) {
            changed.add(DecisionOption.EMPTY);
        } else if (removeOption != null && removeOption >= 0 && removeOption < changed.size()) {
            changed.remove((int) removeOption);
            Integer current = recommendationIndex();
            rec = current == null || current.equals(removeOption) ? NONE
                    : String.valueOf(current > removeOption ? current - 1 : current);
        }
        return new BriefForm(version, context, changed, rec, noRecommendationBecause, reasons, revisitIf, knowhow,
                removeTerms, addTerm, action, null);
    }

    /**
     * The know-how choices after this edit: ticked terms go out (and stay out even when found again), an added one
     * comes in (and is no longer "removed").
     */
    Brief.KnowhowChoices knowhowChoices(Brief.KnowhowChoices current, String addedId) {
        List<String> added = new ArrayList<>(current.added());
        List<String> removed = new ArrayList<>(current.removed());
        for (String id : removeTerms) {
            added.remove(id);
            if (!removed.contains(id)) {
                removed.add(id);
            }
        }
        if (addedId != null) {
            removed.remove(addedId);
            if (!added.contains(addedId)) {
                added.add(addedId);
            }
        }
        return new Brief.KnowhowChoices(added, removed);
    }
}
