package dev.augenhoehe.conversations;

import dev.augenhoehe.language.Language;
import dev.augenhoehe.system.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's questions, each with its trail. Public so later modules can attach to a question ({@link #find},
 * {@link #ofEngagement}) and the client can ask on a share link ({@link #askedThroughLink}); they add their steps
 * through {@link QuestionTrailContributor}. Every method is scoped to one workspace; a foreign id finds nothing.
 */
@Service
@Transactional
public class ClientQuestions {

    /** Open questions first (oldest first: they waited longest), then answered, then decided. */
    static final Comparator<ClientQuestion> OPEN_FIRST = Comparator.comparing(ClientQuestion::status)
            .thenComparing(ClientQuestion::askedAt);

    /**
     * The dashboard looks for open questions among this many of the newest ones. Older open questions still show on
     * their engagement; bounding the scan keeps the dashboard fast however long a workspace has been in use.
     */
    static final int DASHBOARD_SCAN = 500;
    /** Read in steps: each question needs its trail to tell whether it is open, and the first step usually has 50. */
    static final int DASHBOARD_STEP = 100;
    static final int DASHBOARD_SHOWN = 50;

    private final QuestionRepository questions;
    private final QuestionStepRepository steps;
    private final QuestionTrail trail;
    private final ConversationsSearch search;
    private final ConversationTopicRepository topics;
    private final ConversationRepository conversations;
    private final Clock clock;

    @Autowired
    ClientQuestions(QuestionRepository questions, QuestionStepRepository steps, QuestionTrail trail,
            ConversationTopicRepository topics, ConversationRepository conversations, ConversationsSearch search) {
        this(questions, steps, trail, topics, conversations, search, Clock.systemDefaultZone());
    }

    ClientQuestions(QuestionRepository questions, QuestionStepRepository steps, QuestionTrail trail,
            ConversationTopicRepository topics, ConversationRepository conversations, ConversationsSearch search,
            Clock clock) {
        this.search = search;
        this.conversations = conversations;
        this.questions = questions;
        this.steps = steps;
        this.trail = trail;
        this.topics = topics;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ClientQuestion> find(long workspaceId, long questionId) {
        return questions.findByIdAndWorkspaceId(questionId, workspaceId).map(q -> view(workspaceId, List.of(q)).get(0));
    }

    @Transactional(readOnly = true)
    public List<ClientQuestion> ofEngagement(long workspaceId, long engagementId) {
        return view(workspaceId, questions.findByWorkspaceIdAndEngagementId(workspaceId, engagementId)).stream()
                .sorted(OPEN_FIRST).toList();
    }

    /** {@link #OPEN_FIRST} for lines. */
    static final Comparator<QuestionLine> LINES_OPEN_FIRST = Comparator.comparing(QuestionLine::status)
            .thenComparing(QuestionLine::askedAt);

    /**
     * The engagement's questions as a list shows them, open first like {@link #ofEngagement}: the columns shown and
     * each status from the steps that make it, not whole trails (those were most of the engagement page's work).
     */
    @Transactional(readOnly = true)
    public List<QuestionLine> linesOfEngagement(long workspaceId, long engagementId) {
        return lines(workspaceId, questions.linesOfEngagement(workspaceId, engagementId));
    }

    /** The conversation's questions as its summary lists them, open first; see {@link #linesOfEngagement}. */
    @Transactional(readOnly = true)
    List<QuestionLine> linesOfConversation(long workspaceId, long conversationId) {
        return lines(workspaceId, questions.linesOfConversation(workspaceId, conversationId));
    }

    private List<QuestionLine> lines(long workspaceId, List<QuestionRepository.Line> found) {
        List<QuestionRepository.Line> own = found.stream().filter(q -> q.workspaceId() == workspaceId).toList();
        Map<Long, QuestionStatus> status = trail.statusOf(workspaceId,
                own.stream().map(QuestionRepository.Line::id).toList());
        return own.stream().map(q -> new QuestionLine(q.id(), q.engagementId(), q.text(), q.askedBy(), q.askedAt(),
                status.get(q.id()))).sorted(LINES_OPEN_FIRST).toList();
    }

    /**
     * The language the client was spoken to in about this question: its conversation's, or for a question captured
     * on the engagement or a link, the engagement's latest conversation's. Empty when there was no conversation.
     * An answer to the client defaults to it, not to the consultant's own interface language.
     */
    @Transactional(readOnly = true)
    public Optional<Language> conversationLanguage(long workspaceId, long questionId) {
        Question question = questions.findByIdAndWorkspaceId(questionId, workspaceId)
                .orElseThrow(NotFoundException::new);
        Optional<Conversation> own = question.conversationId() == null ? Optional.empty()
                : conversations.findByIdAndWorkspaceId(question.conversationId(), workspaceId);
        return own.or(() -> conversations.findByWorkspaceIdAndEngagementIdOrderByHeldAtDesc(workspaceId,
                question.engagementId()).stream().findFirst()).map(Conversation::language);
    }

    /** The question's words alone, for a page that shows them but not the question's trail. */
    @Transactional(readOnly = true)
    public Optional<String> text(long workspaceId, long questionId) {
        return questions.findByIdAndWorkspaceId(questionId, workspaceId).map(Question::text);
    }

    /** The words of the given questions, by id, in one query (for lists that show a question beside each row). */
    @Transactional(readOnly = true)
    public Map<Long, String> texts(long workspaceId, Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return Map.of();
        }
        return questions.findByWorkspaceIdAndIdIn(workspaceId, questionIds).stream()
                .collect(Collectors.toMap(Question::id, Question::text));
    }

    /**
     * A question the client asked on a share link; it joins the engagement's questions, marked as coming from the
     * link. The caller has checked that the engagement belongs to the workspace.
     *
     * @throws IllegalArgumentException for an empty text or one over {@link Question#MAX_TEXT} characters
     */
    public ClientQuestion askedThroughLink(long workspaceId, long engagementId, String text, String askedBy) {
        Question question = Question.capture(workspaceId, engagementId, null, null, text, askedBy,
                LocalDateTime.now(clock).withSecond(0).withNano(0), QuestionSource.LINK);
        Question saved = questions.save(question);
        search.question(saved);
        return view(workspaceId, List.of(saved)).get(0);
    }

    /**
     * Answers the question directly, without a brief. Throws {@link QuestionRuleException} if the answer gives no
     * reasons that explain, or the question is already decided; {@link NotFoundException} for a foreign id.
     */
    ClientQuestion answer(long workspaceId, long questionId, Answer answer, long answeredBy) {
        ClientQuestion question = load(workspaceId, questionId);
        steps.save(QuestionStep.answered(workspaceId, questionId, question.status(), answer, answeredBy,
                clock.instant()));
        return load(workspaceId, questionId);
    }

    /** Records what the client chose, by hand. Only an answered question can be decided. */
    ClientQuestion decide(long workspaceId, long questionId, String decision, long decidedBy) {
        ClientQuestion question = load(workspaceId, questionId);
        steps.save(QuestionStep.decided(workspaceId, questionId, question.status(), decision, decidedBy,
                clock.instant()));
        return load(workspaceId, questionId);
    }

    ClientQuestion reopen(long workspaceId, long questionId, long userId) {
        load(workspaceId, questionId);
        steps.save(QuestionStep.reopened(workspaceId, questionId, userId, clock.instant()));
        return load(workspaceId, questionId);
    }

    /** The question's words and asker as a form, with the version a correction must start from. */
    @Transactional(readOnly = true)
    QuestionEditForm editForm(long workspaceId, long questionId) {
        return QuestionEditForm.of(questions.findByIdAndWorkspaceId(questionId, workspaceId)
                .orElseThrow(NotFoundException::new));
    }

    /** What a correction did: saved (maybe nothing to change), or refused because someone else changed it first. */
    sealed interface Edit {
        record Saved(boolean changed) implements Edit {
        }

        /** {@code current} is the question as stored now; the form that was sent is not written. */
        record Conflict(QuestionEditForm current) implements Edit {
        }
    }

    /**
     * Corrects the question's words and who asked. What it said before becomes an EDITED step of its trail, so a
     * correction never erases what was captured. A form built from an older version is refused: it would undo
     * the other person's correction without them or you seeing it.
     */
    Edit edit(long workspaceId, long questionId, QuestionEditForm form, long userId) {
        Question stored = questions.findByIdAndWorkspaceId(questionId, workspaceId)
                .orElseThrow(NotFoundException::new);
        if (form.version() == null || !form.version().equals(stored.version())) {
            return new Edit.Conflict(QuestionEditForm.of(stored));
        }
        Question corrected = stored.corrected(form.text(), form.askedBy());
        if (corrected.sameWords(stored)) {
            return new Edit.Saved(false);
        }
        // a save racing this one between the check and here fails on @Version and rolls back (the caller shows it)
        search.question(questions.save(corrected));
        steps.save(QuestionStep.edited(workspaceId, stored, userId, clock.instant()));
        return new Edit.Saved(true);
    }

    /** The last quick answer given, to start a revision from. */
    @Transactional(readOnly = true)
    Optional<Answer> lastAnswer(long workspaceId, long questionId) {
        return steps.findFirstByWorkspaceIdAndQuestionIdAndKindOrderByAtDesc(workspaceId, questionId,
                QuestionStep.Kind.ANSWERED).map(s -> new Answer(s.text(), s.reasons()));
    }

    /**
     * Captures a question. The caller has checked that the engagement and conversation belong to the workspace;
     * a topic that is not part of the conversation is ignored rather than linked across.
     */
    ClientQuestion capture(long workspaceId, long engagementId, Long conversationId, Long topicId, String text,
            String askedBy) {
        Long topic = topicId != null && conversationId != null
                && topics.findByIdAndWorkspaceIdAndConversationId(topicId, workspaceId, conversationId).isPresent()
                ? topicId : null;
        Question question = Question.capture(workspaceId, engagementId, conversationId, topic, text, askedBy,
                LocalDateTime.now(clock).withSecond(0).withNano(0));
        Question saved = questions.save(question);
        search.question(saved);
        return view(workspaceId, List.of(saved)).get(0);
    }

    @Transactional(readOnly = true)
    List<ClientQuestion> ofConversation(long workspaceId, long conversationId) {
        return view(workspaceId, questions.findByWorkspaceIdAndConversationId(workspaceId, conversationId)).stream()
                .sorted(OPEN_FIRST).toList();
    }

    /** An open question as the dashboard lists it: its words, when it was asked and on which engagement. */
    record Open(long id, long engagementId, String text, LocalDateTime askedAt) {
    }

    /**
     * Up to 50 open questions, newest first, among the {@link #DASHBOARD_SCAN} newest of the workspace. Reads only
     * the columns the list shows and the steps that make a status (not whole trails: they were most of the
     * dashboard's database work).
     */
    @Transactional(readOnly = true)
    List<Open> openInWorkspace(long workspaceId) {
        List<Open> open = new java.util.ArrayList<>();
        for (int offset = 0; offset < DASHBOARD_SCAN && open.size() < DASHBOARD_SHOWN; offset += DASHBOARD_STEP) {
            List<QuestionRepository.Head> newest = questions.newestHeads(workspaceId, offset, DASHBOARD_STEP);
            Map<Long, QuestionStatus> status = trail.statusOf(workspaceId,
                    newest.stream().map(QuestionRepository.Head::id).toList());
            newest.stream().filter(q -> status.get(q.id()) == QuestionStatus.OPEN)
                    .map(q -> new Open(q.id(), q.engagementId(), q.text(), q.askedAt())).forEach(open::add);
            if (newest.size() < DASHBOARD_STEP) {
                break;
            }
        }
        return open.stream().limit(DASHBOARD_SHOWN).toList();
    }

    private ClientQuestion load(long workspaceId, long questionId) {
        return find(workspaceId, questionId).orElseThrow(NotFoundException::new);
    }

    private List<ClientQuestion> view(long workspaceId, Collection<Question> found) {
        Set<Long> topicIds = found.stream().map(Question::conversationTopicId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> titles = topicIds.isEmpty() ? Map.of()
                : topics.titlesOf(topicIds).stream().filter(topic -> topic.workspaceId() == workspaceId)
                        .collect(Collectors.toMap(ConversationTopicRepository.Title::id,
                                ConversationTopicRepository.Title::title));
        Map<Long, List<TrailStep>> trails = trail.of(workspaceId, found.stream().map(Question::id).toList());
        return found.stream().map(q -> new ClientQuestion(q.id(), q.engagementId(), q.conversationId(), q.text(),
                q.askedBy(), q.askedAt(), q.conversationTopicId() == null ? null : titles.get(q.conversationTopicId()),
                q.source(), trails.get(q.id()))).toList();
    }
}
