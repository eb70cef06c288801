package dev.augenhoehe.conversations;

import dev.augenhoehe.system.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's questions. Public so decision briefs can attach to a question: {@link #find}, then {@link #answer}
 * with the brief's recommendation and reasons, and {@link #decide} once the client chose. Each step publishes an
 * event ({@link QuestionAnswered}, {@link QuestionDecided}). Every method is scoped to one workspace; a foreign id
 * finds nothing.
 */
@Service
@Transactional
public class ClientQuestions {

    /** Open questions first (oldest first: they waited longest), then answered, then decided. */
    static final Comparator<ClientQuestion> OPEN_FIRST = Comparator.comparing(ClientQuestion::status)
            .thenComparing(ClientQuestion::askedAt);

    private final QuestionRepository questions;
    private final ConversationTopicRepository topics;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Autowired
    ClientQuestions(QuestionRepository questions, ConversationTopicRepository topics,
            ApplicationEventPublisher events) {
        this(questions, topics, events, Clock.systemDefaultZone());
    }

    ClientQuestions(QuestionRepository questions, ConversationTopicRepository topics,
            ApplicationEventPublisher events, Clock clock) {
        this.questions = questions;
        this.topics = topics;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ClientQuestion> find(long workspaceId, long questionId) {
        return questions.findByIdAndWorkspaceId(questionId, workspaceId).map(q -> view(List.of(q)).get(0));
    }

    @Transactional(readOnly = true)
    public List<ClientQuestion> ofEngagement(long workspaceId, long engagementId) {
        return view(questions.findByWorkspaceIdAndEngagementId(workspaceId, engagementId)).stream()
                .sorted(OPEN_FIRST).toList();
    }

    /**
     * Marks the question answered. Throws {@link QuestionRuleException} if the answer gives no reasons or the
     * question is already decided; {@link NotFoundException} for an id of another workspace.
     */
    public ClientQuestion answer(long workspaceId, long questionId, Answer answer, long answeredBy) {
        Instant now = clock.instant();
        Question saved = questions.save(load(workspaceId, questionId).answered(answer, answeredBy, now));
        events.publishEvent(new QuestionAnswered(workspaceId, saved.engagementId(), saved.id(), answeredBy, now));
        return view(List.of(saved)).get(0);
    }

    /** Records what the client chose. Only an answered question can be decided. */
    public ClientQuestion decide(long workspaceId, long questionId, String decision) {
        Instant now = clock.instant();
        Question saved = questions.save(load(workspaceId, questionId).decided(decision, now));
        events.publishEvent(new QuestionDecided(workspaceId, saved.engagementId(), saved.id(), saved.decision(), now));
        return view(List.of(saved)).get(0);
    }

    ClientQuestion reopen(long workspaceId, long questionId) {
        return view(List.of(questions.save(load(workspaceId, questionId).reopened()))).get(0);
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
                LocalDateTime.now(clock).withSecond(0).withNano(0), QuestionSource.CONSULTANT);
        return view(List.of(questions.save(question))).get(0);
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
        return view(List.of(questions.save(question))).get(0);
    }

    @Transactional(readOnly = true)
    List<ClientQuestion> ofConversation(long workspaceId, long conversationId) {
        return view(questions.findByWorkspaceIdAndConversationId(workspaceId, conversationId)).stream()
                .sorted(OPEN_FIRST).toList();
    }

    @Transactional(readOnly = true)
    List<ClientQuestion> openInWorkspace(long workspaceId) {
        return view(questions.findTop50ByWorkspaceIdAndStatusOrderByAskedAtDesc(workspaceId, QuestionStatus.OPEN));
    }

    private Question load(long workspaceId, long questionId) {
        return questions.findByIdAndWorkspaceId(questionId, workspaceId).orElseThrow(NotFoundException::new);
    }

    private List<ClientQuestion> view(Collection<Question> found) {
        Set<Long> topicIds = found.stream().map(Question::conversationTopicId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> titles = topicIds.isEmpty() ? Map.of()
                : topics.findAllById(topicIds).stream()
                        .collect(Collectors.toMap(ConversationTopic::id, ConversationTopic::title));
        return found.stream().map(q -> new ClientQuestion(q.id(), q.engagementId(), q.conversationId(), q.text(),
                q.askedBy(), q.askedAt(), q.conversationTopicId() == null ? null : titles.get(q.conversationTopicId()),
                q.status(), q.answer(), q.reasons(), q.answeredAt(), q.decision(), q.decidedAt(), q.source())).toList();
    }

}
