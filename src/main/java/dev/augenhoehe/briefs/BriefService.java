package dev.augenhoehe.briefs;

import dev.augenhoehe.conversations.Answer;
import dev.augenhoehe.conversations.ClientQuestion;
import dev.augenhoehe.conversations.ClientQuestions;
import dev.augenhoehe.conversations.QuestionRuleException;
import dev.augenhoehe.conversations.QuestionStatus;
import dev.augenhoehe.knowledge.KnowledgeSearch;
import dev.augenhoehe.knowledge.SearchDocument;
import dev.augenhoehe.knowledge.TemplateContent;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.system.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
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
    private final BriefTemplates templates;
    private final KnowhowTerms terms;
    private final KnowledgeSearch search;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    BriefService(BriefRepository briefs, BriefVersionRepository versions, ClientQuestions questions,
            BriefTemplates templates, KnowhowTerms terms, KnowledgeSearch search, ApplicationEventPublisher events,
            MessageSource messages, PlatformTransactionManager transactions) {
        this.briefs = briefs;
        this.versions = versions;
        this.questions = questions;
        this.templates = templates;
        this.terms = terms;
        this.search = search;
        this.events = events;
        this.messages = messages;
        this.tx = new TransactionTemplate(transactions);
    }

    Brief brief(long workspaceId, long id) {
        return briefs.findByIdAndWorkspaceId(id, workspaceId).orElseThrow(NotFoundException::new);
    }

    ClientQuestion question(long workspaceId, long questionId) {
        return questions.find(workspaceId, questionId).orElseThrow(NotFoundException::new);
    }

    java.util.Optional<ClientQuestion> questionIfPresent(long workspaceId, long questionId) {
        return questions.find(workspaceId, questionId);
    }

    List<Brief> ofQuestion(long workspaceId, long questionId) {
        return briefs.findByWorkspaceIdAndQuestionIdOrderByIdAsc(workspaceId, questionId);
    }

    List<Brief> ofEngagement(long workspaceId, long engagementId) {
        return briefs.findByWorkspaceIdAndEngagementIdOrderByIdAsc(workspaceId, engagementId);
    }

    List<Brief> recent(long workspaceId) {
        return briefs.findTop100ByWorkspaceIdOrderByUpdatedAtDesc(workspaceId);
    }

    /** A new draft for a question, blank or copied from a template (an unknown template key is a 404). */
    Brief start(long workspaceId, long questionId, Language language, String templateKey, long userId) {
        ClientQuestion question = question(workspaceId, questionId);
        TemplateContent template = null;
        String key = templateKey == null || templateKey.isBlank() ? null : templateKey.strip();
        if (key != null) {
            template = templates.content(workspaceId, key, language).orElseThrow(NotFoundException::new);
        }
        TemplateContent copied = template;
        return tx.execute(s -> {
            Brief saved = briefs.save(Brief.start(workspaceId, question.engagementId(), question.id(), language,
                    copied, key, userId, clock.instant()));
            index(saved, question);
            return saved;
        });
    }

    /** Saves the draft if nobody else saved since {@code expectedVersion}; otherwise returns their text. */
    SaveResult save(long workspaceId, long id, Integer expectedVersion, BriefEdit edit, long userId) {
        Brief current = brief(workspaceId, id);
        if (expectedVersion == null || !expectedVersion.equals(current.version())) {
            return new SaveResult.Conflict(current);
        }
        try {
            return new SaveResult.Saved(tx.execute(s -> {
                Brief saved = briefs.save(current.edited(edit, expectedVersion, userId, clock.instant()));
                index(saved, question(workspaceId, saved.questionId()));
                return saved;
            }));
        } catch (OptimisticLockingFailureException raced) {
            return new SaveResult.Conflict(brief(workspaceId, id));
        }
    }

    /**
     * Freezes the draft as the next version, answers the client's question with the recommendation and its
     * reasons, and announces {@link BriefPublished}. All or nothing.
     *
     * @throws BriefRuleException     when a publishing rule is broken (nothing is stored)
     * @throws BriefConflictException when the draft changed since the consultant looked at it
     */
    Brief publish(long workspaceId, long id, Integer expectedVersion, long userId) {
        try {
            return tx.execute(s -> {
                Brief brief = brief(workspaceId, id);
                if (expectedVersion == null || !expectedVersion.equals(brief.version())) {
                    throw new BriefConflictException();
                }
                List<PublishProblem> problems = brief.publishProblems();
                if (!problems.isEmpty()) {
                    throw new BriefRuleException(problems);
                }
                ClientQuestion question = question(workspaceId, brief.questionId());
                BriefContent content = brief.content(question.text(), terms.terms(workspaceId, brief));
                Brief published = briefs.save(brief.published(userId, clock.instant()));
                versions.save(new BriefVersion(null, workspaceId, id, published.publishedVersion(),
                        VersionJson.write(content), userId, clock.instant()));
                if (question.status() != QuestionStatus.DECIDED) {
                    // once the client has chosen, the question keeps its decision; the new version is still kept
                    questions.answer(workspaceId, question.id(), answer(content), userId);
                }
                index(published, question);
                events.publishEvent(new BriefPublished(workspaceId, id, published.publishedVersion(),
                        question.id()));
                return published;
            });
        } catch (OptimisticLockingFailureException raced) {
            throw new BriefConflictException();
        } catch (QuestionRuleException e) {
            // our rules are stricter than the question's, so this is a safety net, not a normal path
            throw new BriefRuleException(List.of(PublishProblem.of(PublishProblem.Code.REASONS_TOO_SHORT)));
        }
    }

    /** The current draft as the reader would see it. */
    BriefContent preview(long workspaceId, Brief brief) {
        return brief.content(question(workspaceId, brief.questionId()).text(), terms.terms(workspaceId, brief));
    }

    List<BriefVersion> versions(long workspaceId, long briefId) {
        return versions.findByWorkspaceIdAndBriefIdOrderByVersionNumberDesc(workspaceId, briefId);
    }

    BriefVersion version(long workspaceId, long briefId, int number) {
        return versions.findByWorkspaceIdAndBriefIdAndVersionNumber(workspaceId, briefId, number)
                .orElseThrow(NotFoundException::new);
    }

    /** The brief copied into a workspace template (the client's question becomes the template's question). */
    String saveAsTemplate(long workspaceId, long id, long userId) {
        Brief brief = brief(workspaceId, id);
        BriefContent c = preview(workspaceId, brief);
        TemplateContent template = new TemplateContent(c.question(), c.question(), c.context(),
                c.options().stream().map(o -> new dev.augenhoehe.knowledge.TemplateOption(o.name(), o.meaning(),
                        o.pros(), o.cons(), o.leadsTo(), o.effort(), o.cost(), o.time(), o.risk(), o.riskReason()))
                        .toList(),
                c.recommendation(), c.noRecommendationBecause(), c.reasons(), c.revisitIf(), c.knowhow(),
                c.terms().stream().map(BriefContent.KnowhowTerm::id).toList());
        return templates.save(workspaceId, brief.language(), template, userId);
    }

    private Answer answer(BriefContent content) {
        java.util.Locale locale = content.language().locale();
        if (content.hasRecommendation()) {
            return new Answer(cap(messages.getMessage("briefs.answer.recommendation",
                    new Object[] {content.recommended().name()}, locale)), cap(content.reasons()));
        }
        return new Answer(messages.getMessage("briefs.answer.noRecommendation", null, locale),
                cap(content.noRecommendationBecause()));
    }

    private static String cap(String text) {
        return text.length() > Answer.MAX_LENGTH ? text.substring(0, Answer.MAX_LENGTH) : text;
    }

    private void index(Brief brief, ClientQuestion question) {
        search.index(brief.workspaceId(), new SearchDocument(String.valueOf(brief.id()), brief.language(),
                question.text(), brief.allText(), "/briefs/" + brief.id()));
    }
}
