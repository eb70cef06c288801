package dev.augenhoehe.briefs;

import dev.augenhoehe.knowledge.DecisionOption;
import dev.augenhoehe.knowledge.TemplateContent;
import dev.augenhoehe.language.Language;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The working draft of a decision brief for one client question: its {@link BriefContent} (stored as JSON) and the
 * consultant's choices for the know-how box. Published versions are separate, immutable {@link BriefVersion}s;
 * {@code publishedVersion} is the newest of them (0: never published) and {@code changedSincePublish} says whether
 * the draft moved on since.
 */
@Table("brief")
record Brief(@Id Long id, Long workspaceId, Long engagementId, Long questionId, BriefContent content,
        KnowhowChoices knowhowChoices, String templateKey, int publishedVersion, boolean changedSincePublish,
        Long createdBy, Instant createdAt, Long updatedBy, Instant updatedAt, @Version Integer version) {

    /**
     * Know-how terms the consultant added by hand, and ones taken out (which stay out even when found again).
     * Glossary ids, in the order given.
     */
    record KnowhowChoices(List<String> added, List<String> removed) {

        static final KnowhowChoices NONE = new KnowhowChoices(List.of(), List.of());
        /** More than this and the box stops teaching and starts lecturing; also bounds a crafted request. */
        static final int MAX = 50;

        KnowhowChoices {
            added = added == null ? List.of() : added.stream().distinct().limit(MAX).toList();
            removed = removed == null ? List.of() : removed.stream().distinct().limit(MAX).toList();
        }
    }

    Brief {
        content = content == null ? BriefContent.blank(Language.DE) : content;
        knowhowChoices = knowhowChoices == null ? KnowhowChoices.NONE : knowhowChoices;
    }

    /** A new draft, empty (two blank options) or copied from a template for adapting. */
    static Brief start(long workspaceId, long engagementId, long questionId, Language language,
            TemplateContent template, String templateKey, long userId, Instant now) {
        if (template == null) {
            return new Brief(null, workspaceId, engagementId, questionId, BriefContent.blank(language),
                    KnowhowChoices.NONE, null, 0, false, userId, now, userId, now, null);
        }
        List<DecisionOption> options = template.options().stream().limit(BriefContent.MAX_OPTIONS).toList();
        BriefContent copied = new BriefContent("", language, template.context(), options, template.recommendation(),
                template.noRecommendationBecause(), template.reasons(), template.revisitIf(), template.knowhow(),
                List.of());
        return new Brief(null, workspaceId, engagementId, questionId, copied,
                new KnowhowChoices(template.terms(), List.of()), templateKey, 0, false, userId, now, userId, now,
                null);
    }

    public Language language() {
        return content.language();
    }

    /**
     * The draft with an edit applied. {@code expectedVersion} is the version the editor started from: saving
     * with it lets the database refuse the write if someone else saved in between.
     */
    Brief edited(BriefContent edit, KnowhowChoices choices, Integer expectedVersion, long userId, Instant now) {
        return new Brief(id, workspaceId, engagementId, questionId, edit, choices, templateKey, publishedVersion,
                publishedVersion > 0, createdBy, createdAt, userId, now, expectedVersion);
    }

    /** The draft after its content was frozen as the next version. */
    Brief published(long userId, Instant now) {
        return new Brief(id, workspaceId, engagementId, questionId, content, knowhowChoices, templateKey,
                publishedVersion + 1, false, createdBy, createdAt, userId, now, version);
    }

    public BriefState state() {
        return stateOf(publishedVersion, changedSincePublish);
    }

    static BriefState stateOf(int publishedVersion, boolean changedSincePublish) {
        if (publishedVersion == 0) {
            return BriefState.DRAFT;
        }
        return changedSincePublish ? BriefState.CHANGED : BriefState.PUBLISHED;
    }

    List<PublishProblem> publishProblems() {
        return content.publishProblems();
    }
}
