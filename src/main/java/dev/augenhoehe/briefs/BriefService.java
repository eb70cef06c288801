package dev.augenhoehe.briefs;

import dev.augenhoehe.conversations.ClientQuestion;
import dev.augenhoehe.conversations.ClientQuestions;
import dev.augenhoehe.knowledge.DecisionTemplate;
import dev.augenhoehe.knowledge.DecisionTemplates;
import dev.augenhoehe.knowledge.KnowledgeSearch;
import dev.augenhoehe.knowledge.SearchDocument;
import dev.augenhoehe.knowledge.SearchKind;
import dev.augenhoehe.knowledge.TemplateContent;
import dev.augenhoehe.knowledge.WorkspaceTemplates;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.system.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starting, editing and publishing briefs. Every method is scoped to one workspace; a foreign id is a
 * {@link NotFoundException}. Transactions are explicit because a refused optimistic write must end the
 * transaction cleanly before we read the other person's text for the conflict page.
 */
@Service
class BriefService {

    /** The result of saving a draft: saved, or someone else saved first (then {@code current} is their text). */
    sealed interface SaveResult {
        record Saved(Brief brief) implements SaveResult {
        }

        record Conflict(Brief current) implements SaveResult {
        }
    }

    private final BriefRepository briefs;
    private final BriefVersionRepository versions;
    private final ClientQuestions questions;
    private final DecisionTemplates templates;
    private final WorkspaceTemplates workspaceTemplates;
    private final KnowhowTerms terms;
    private final KnowledgeSearch search;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    BriefService(BriefRepository briefs, BriefVersionRepository versions, ClientQuestions questions,
            DecisionTemplates templates, WorkspaceTemplates workspaceTemplates, KnowhowTerms terms,
            KnowledgeSearch search, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.briefs = briefs;
        this.versions = versions;
        this.questions = questions;
        this.templates = templates;
        this.workspaceTemplates = workspaceTemplates;
        this.terms = terms;
        this.search = search;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
    }

    Brief brief(long workspaceId, long id) {
        return briefs.findByIdAndWorkspaceId(id, workspaceId).orElseThrow(NotFoundException::new);
    }

    ClientQuestion question(long workspaceId, long questionId) {
        return questions.find(workspaceId, questionId).orElseThrow(NotFoundException::new);
    }

    /** A brief is for the client: in the language of the conversation about the question, else in {@code ui}. */
    Language defaultLanguage(long workspaceId, long questionId, Language ui) {
        return questions.conversationLanguage(workspaceId, questionId).orElse(ui);
    }

    List<Brief> ofQuestion(long workspaceId, long questionId) {
        return briefs.findByWorkspaceIdAndQuestionIdOrderByIdAsc(workspaceId, questionId);
    }

    List<BriefRepository.Line> linesOfEngagement(long workspaceId, long engagementId) {
        return briefs.linesOfEngagement(workspaceId, engagementId);
    }

    List<Brief> ofEngagement(long workspaceId, long engagementId) {
        return briefs.findByWorkspaceIdAndEngagementIdOrderByIdAsc(workspaceId, engagementId);
    }

    List<Brief> recent(long workspaceId) {
        return briefs.findTop100ByWorkspaceIdOrderByUpdatedAtDesc(workspaceId);
    }

    /** The client's question of each brief, by question id, in one query. */
    java.util.Map<Long, String> questionTexts(long workspaceId, List<Brief> list) {
        return questions.texts(workspaceId, list.stream().map(Brief::questionId).distinct().toList());
    }

    /** The templates to start a brief from, shipped and the workspace's own. */
    List<DecisionTemplate> templates(long workspaceId, Language language) {
        return templates.list(workspaceId, language, null);
    }

    /** A new draft for a question, blank or copied from a template (an unknown template key is a 404). */
    Brief start(long workspaceId, long questionId, Language language, String templateKey, long userId) {
        ClientQuestion question = question(workspaceId, questionId);
        String key = templateKey == null || templateKey.isBlank() ? null : templateKey.strip();
        TemplateContent template = key == null ? null
                : templates.find(workspaceId, key, language).map(DecisionTemplate::content)
                        .orElseThrow(NotFoundException::new);
        return tx.execute(s -> {
            Brief saved = briefs.save(Brief.start(workspaceId, question.engagementId(), question.id(), language,
                    template, key, userId, clock.instant()));
            index(saved, question);
            return saved;
        });
    }

    /** Saves the draft if nobody else saved since {@code expectedVersion}; otherwise returns their text. */
    SaveResult save(long workspaceId, long id, Integer expectedVersion, BriefContent edit,
            Brief.KnowhowChoices choices, long userId) {
        Brief current = brief(workspaceId, id);
        if (expectedVersion == null || !expectedVersion.equals(current.version())) {
            return new SaveResult.Conflict(current);
        }
        try {
            return new SaveResult.Saved(tx.execute(s -> {
                Brief saved = briefs.save(current.edited(edit, choices, expectedVersion, userId,
                        clock.instant()));
                index(saved, question(workspaceId, saved.questionId()));
                return saved;
            }));
        } catch (OptimisticLockingFailureException raced) {
            return new SaveResult.Conflict(brief(workspaceId, id));
        }
    }

    /**
     * Freezes the draft as the next version and announces {@link BriefPublished}. The question's trail shows the
     * version from then on (see {@link BriefsTrail}); nothing of the brief is copied into the question.
     *
     * @throws BriefRuleException     when a publishing rule is broken, or nothing changed since the last version
     * @throws BriefConflictException when the draft changed since the consultant looked at it
     */
    Brief publish(long workspaceId, long id, Integer expectedVersion, long userId, String changeNote) {
        try {
            return tx.execute(s -> {
                Brief brief = brief(workspaceId, id);
                if (expectedVersion == null || !expectedVersion.equals(brief.version())) {
                    throw new BriefConflictException();
                }
                BriefContent content = preview(workspaceId, brief);
                List<PublishProblem> problems = publishProblems(brief, content, latest(workspaceId, brief));
                if (!problems.isEmpty()) {
                    throw new BriefRuleException(problems);
                }
                ClientQuestion question = question(workspaceId, brief.questionId());
                Brief published = briefs.save(brief.published(userId, clock.instant()));
                versions.save(new BriefVersion(null, workspaceId, id, published.publishedVersion(), content, userId,
                        clock.instant(), BriefVersion.note(changeNote)));
                index(published, question);
                events.publishEvent(new BriefPublished(workspaceId, id, published.publishedVersion(),
                        question.id()));
                return published;
            });
        } catch (OptimisticLockingFailureException raced) {
            throw new BriefConflictException();
        }
    }

    /** What stops publishing: the content's rules, and a version identical to the last one. */
    List<PublishProblem> publishProblems(long workspaceId, Brief brief) {
        return publishProblems(brief, preview(workspaceId, brief), latest(workspaceId, brief));
    }

    /**
     * The same for the brief page, from the reading and the versions it shows anyway (newest first): reading them
     * twice was a fifth of the page.
     */
    List<PublishProblem> publishProblems(Brief brief, BriefContent reading, List<BriefVersion> versions) {
        return publishProblems(brief, reading, versions.stream()
                .filter(v -> v.versionNumber() == brief.publishedVersion()).findFirst());
    }

    private static List<PublishProblem> publishProblems(Brief brief, BriefContent reading,
            Optional<BriefVersion> latest) {
        List<PublishProblem> problems = brief.publishProblems();
        if (problems.isEmpty() && brief.publishedVersion() > 0
                && latest.map(v -> v.content().equals(reading)).orElse(false)) {
            return List.of(PublishProblem.of(PublishProblem.Code.NOTHING_CHANGED));
        }
        return problems;
    }

    /** The glossary ids of the terms the know-how box explains. */
    List<String> knowhowIds(long workspaceId, Brief brief) {
        return terms.ids(workspaceId, brief);
    }

    /** The current draft as the reader would see it. */
    BriefContent preview(long workspaceId, Brief brief) {
        // the question's words only: its trail (steps, briefs, decisions, shares) is the page's other read of it
        String question = questions.text(workspaceId, brief.questionId()).orElseThrow(NotFoundException::new);
        return brief.content().forReading(question, terms.terms(workspaceId, brief));
    }

    List<BriefVersion> versions(long workspaceId, long briefId) {
        return versions.findByWorkspaceIdAndBriefIdOrderByVersionNumberDesc(workspaceId, briefId);
    }

    BriefVersion version(long workspaceId, long briefId, int number) {
        return versions.findByWorkspaceIdAndBriefIdAndVersionNumber(workspaceId, briefId, number)
                .orElseThrow(NotFoundException::new);
    }

    private Optional<BriefVersion> latest(long workspaceId, Brief brief) {
        return versions.findByWorkspaceIdAndBriefIdAndVersionNumber(workspaceId, brief.id(),
                brief.publishedVersion());
    }

    /** The brief copied into a workspace template (the client's question becomes the template's question). */
    String saveAsTemplate(long workspaceId, long id) {
        Brief brief = brief(workspaceId, id);
        BriefContent c = preview(workspaceId, brief);
        TemplateContent template = new TemplateContent(c.question(), c.question(), c.context(), c.options(),
                c.recommendation(), c.noRecommendationBecause(), c.reasons(), c.revisitIf(), c.knowhow(),
                c.terms().stream().map(BriefContent.KnowhowTerm::id).toList());
        return workspaceTemplates.save(workspaceId, brief.language(), template);
    }

    private void index(Brief brief, ClientQuestion question) {
        search.index(brief.workspaceId(), SearchKind.BRIEF, new SearchDocument(String.valueOf(brief.id()), brief.language(),
                question.text(), brief.content().allText(), "/briefs/" + brief.id()));
    }
}
