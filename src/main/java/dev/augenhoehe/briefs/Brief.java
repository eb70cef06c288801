package dev.augenhoehe.briefs;

import dev.augenhoehe.knowledge.TemplateContent;
import dev.augenhoehe.knowledge.TemplateOption;
import dev.augenhoehe.language.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The working draft of a decision brief for one client question. Published versions are separate, immutable
 * {@link BriefVersion}s; {@code publishedVersion} is the newest of them (0: never published) and
 * {@code changedSincePublish} says whether the draft moved on since.
 */
@Table("brief")
record Brief(@Id Long id, Long workspaceId, Long engagementId, Long questionId, Language language, String context,
        @MappedCollection(idColumn = "brief_id", keyColumn = "option_index") List<BriefOption> options,
        Integer recommendation, String noRecommendationBecause, String reasons, String revisitIf, String knowhow,
        String addedTerms, String removedTerms, String templateKey, int publishedVersion,
        boolean changedSincePublish, Long createdBy, Instant createdAt, Long updatedBy, Instant updatedAt,
        @Version Integer version) {

    /** Words a reason needs before it explains rather than names ("too expensive" names, it doesn't explain). */
    static final int MIN_REASON_WORDS = 3;
    static final int MIN_OPTIONS = 2;

    Brief {
        options = options == null ? List.of() : List.copyOf(options);
        context = Texts.clean(context);
        noRecommendationBecause = Texts.clean(noRecommendationBecause);
        reasons = Texts.clean(reasons);
        revisitIf = Texts.clean(revisitIf);
        knowhow = Texts.clean(knowhow);
        addedTerms = addedTerms == null ? "" : addedTerms;
        removedTerms = removedTerms == null ? "" : removedTerms;
    }

    /** A new draft, empty (two blank options) or copied from a template for adapting. */
    static Brief start(long workspaceId, long engagementId, long questionId, Language language,
            TemplateContent template, String templateKey, long userId, Instant now) {
        if (template == null) {
            return new Brief(null, workspaceId, engagementId, questionId, language, "",
                    List.of(BriefOption.EMPTY, BriefOption.EMPTY), null, "", "", "", "", "", "", null, 0, false,
                    userId, now, userId, now, null);
        }
        List<BriefOption> options = new ArrayList<>();
        for (TemplateOption o : template.options()) {
            if (options.size() < BriefEdit.MAX_OPTIONS) {
                options.add(new BriefOption(o.name(), o.meaning(), o.pros(), o.cons(), o.leadsTo(), o.effort(),
                        o.cost(), o.time(), o.risk(), o.riskReason()));
            }
        }
        Integer recommendation = template.recommendation() != null && template.recommendation() < options.size()
                ? template.recommendation() : null;
        return new Brief(null, workspaceId, engagementId, questionId, language, template.context(), options,
                recommendation, template.noRecommendationBecause(), template.reasons(), template.revisitIf(),
                template.knowhow(), Texts.join(template.terms()), "", templateKey, 0, false, userId, now, userId, now,
                null);
    }

    /**
     * The draft with an edit applied. {@code expectedVersion} is the version the editor started from: saving
     * with it lets the database refuse the write if someone else saved in between.
     */
    Brief edited(BriefEdit edit, Integer expectedVersion, long userId, Instant now) {
        return new Brief(id, workspaceId, engagementId, questionId, language, edit.context(), edit.options(),
                edit.recommendation(), edit.noRecommendationBecause(), edit.reasons(), edit.revisitIf(),
                edit.knowhow(), Texts.join(edit.addedTerms()), Texts.join(edit.removedTerms()), templateKey,
                publishedVersion, publishedVersion > 0, createdBy, createdAt, userId, now, expectedVersion);
    }

    /** The draft after its content was frozen as the next version. */
    Brief published(long userId, Instant now) {
        return new Brief(id, workspaceId, engagementId, questionId, language, context, options, recommendation,
                noRecommendationBecause, reasons, revisitIf, knowhow, addedTerms, removedTerms, templateKey,
                publishedVersion + 1, false, createdBy, createdAt, userId, now, version);
    }

    public BriefState state() {
        if (publishedVersion == 0) {
            return BriefState.DRAFT;
        }
        return changedSincePublish ? BriefState.CHANGED : BriefState.PUBLISHED;
    }

    public boolean hasRecommendation() {
        return recommendation != null && recommendation >= 0 && recommendation < options.size();
    }

    List<String> addedTermIds() {
        return Texts.ids(addedTerms);
    }

    List<String> removedTermIds() {
        return Texts.ids(removedTerms);
    }

    BriefEdit edit() {
        return new BriefEdit(context, options, recommendation, noRecommendationBecause, reasons, revisitIf, knowhow,
                addedTermIds(), removedTermIds());
    }

    /**
     * What stops publishing. Options need a name, a plain meaning and a risk level; a recommendation needs
     * reasons (a bare recommendation is the "Geht nicht." of briefs); without one, the brief says what is missing.
     */
    List<PublishProblem> publishProblems() {
        List<PublishProblem> problems = new ArrayList<>();
        if (options.size() < MIN_OPTIONS) {
            problems.add(PublishProblem.of(PublishProblem.Code.TOO_FEW_OPTIONS));
        }
        if (options.size() > BriefEdit.MAX_OPTIONS) {
            problems.add(PublishProblem.of(PublishProblem.Code.TOO_MANY_OPTIONS));
        }
        for (int i = 0; i < options.size(); i++) {
            BriefOption o = options.get(i);
            if (o.name().isEmpty()) {
                problems.add(PublishProblem.ofOption(PublishProblem.Code.OPTION_NAME_MISSING, i));
            }
            if (o.meaning().isEmpty()) {
                problems.add(PublishProblem.ofOption(PublishProblem.Code.OPTION_MEANING_MISSING, i));
            }
            if (o.risk().isEmpty()) {
                problems.add(PublishProblem.ofOption(PublishProblem.Code.OPTION_RISK_MISSING, i));
            }
        }
        if (hasRecommendation()) {
            if (reasons.isEmpty()) {
                problems.add(PublishProblem.of(PublishProblem.Code.REASONS_MISSING));
            } else if (Texts.words(reasons) < MIN_REASON_WORDS) {
                problems.add(PublishProblem.of(PublishProblem.Code.REASONS_TOO_SHORT));
            }
        } else if (noRecommendationBecause.isEmpty()) {
            problems.add(PublishProblem.of(PublishProblem.Code.RECOMMENDATION_MISSING));
        } else if (Texts.words(noRecommendationBecause) < MIN_REASON_WORDS) {
            problems.add(PublishProblem.of(PublishProblem.Code.WHAT_IS_MISSING_TOO_SHORT));
        }
        return problems;
    }

    /** The draft as a reader would see it; question and terms come from outside the aggregate. */
    BriefContent content(String question, List<BriefContent.KnowhowTerm> terms) {
        return new BriefContent(question, language, context, options.stream().map(BriefOption::content).toList(),
                hasRecommendation() ? recommendation : null, hasRecommendation() ? "" : noRecommendationBecause,
                hasRecommendation() ? reasons : "", revisitIf, knowhow, terms);
    }

    /** All prose of the brief, for glossary term collection and the search. */
    String allText() {
        StringBuilder text = new StringBuilder();
        append(text, context);
        for (BriefOption o : options) {
            append(text, o.name());
            append(text, o.meaning());
            append(text, o.pros());
            append(text, o.cons());
            append(text, o.leadsTo());
            append(text, o.riskReason());
        }
        append(text, reasons);
        append(text, noRecommendationBecause);
        append(text, revisitIf);
        append(text, knowhow);
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isEmpty()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(part);
        }
    }
}
