package dev.augenhoehe.conversations;

import dev.augenhoehe.accounts.UiLanguage;
import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.system.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting conversations, saving notes and coverage. Always inside one workspace. */
@Service
@Transactional
class ConversationService {

    private final ConversationRepository conversations;
    private final ConversationTopicRepository topics;
    private final GuideService guide;

    ConversationService(ConversationRepository conversations, ConversationTopicRepository topics, GuideService guide) {
        this.conversations = conversations;
        this.topics = topics;
        this.guide = guide;
    }

    /** Starts a conversation with a copy of the workspace guide as it is now, in the conversation's language. */
    Conversation start(long workspaceId, EngagementRef engagement, ConversationForm form, long userId) {
        UiLanguage language = form.language();
        GuideView current = guide.view(workspaceId, language);
        Conversation conversation = conversations.save(new Conversation(null, workspaceId, engagement.id(),
                form.kind(), form.heldAt().withSecond(0).withNano(0), clean(form.participants()), language,
                current.revision(), userId, Instant.now(), null));
        List<ConversationTopic> copies = new ArrayList<>();
        int position = 0;
        for (GuideView.Topic topic : current.visibleTopics()) {
            copies.add(ConversationTopic.copyOf(workspaceId, conversation.id(), position++, topic));
        }
        topics.saveAll(copies);
        return conversation;
    }

    @Transactional(readOnly = true)
    Conversation conversation(long workspaceId, long conversationId) {
        return conversations.findByIdAndWorkspaceId(conversationId, workspaceId).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    List<ConversationTopic> topics(long workspaceId, long conversationId) {
        return topics.findByWorkspaceIdAndConversationIdOrderByPositionAsc(workspaceId, conversationId);
    }

    @Transactional(readOnly = true)
    ConversationTopic topic(long workspaceId, long conversationId, long topicId) {
        return topics.findByIdAndWorkspaceIdAndConversationId(topicId, workspaceId, conversationId)
                .orElseThrow(NotFoundException::new);
    }

    Conversation update(long workspaceId, long conversationId, ConversationForm form) {
        return conversations.save(conversation(workspaceId, conversationId)
                .withDetails(form.kind(), form.heldAt().withSecond(0).withNano(0), clean(form.participants())));
    }

    ConversationTopic saveNotes(long workspaceId, long conversationId, long topicId, String notes) {
        String stored = notes == null || notes.isBlank() ? null : notes;
        return topics.save(topic(workspaceId, conversationId, topicId).withNotes(stored, Instant.now()));
    }

    ConversationTopic mark(long workspaceId, long conversationId, long topicId, Coverage coverage) {
        return topics.save(topic(workspaceId, conversationId, topicId).withMarked(coverage));
    }

    @Transactional(readOnly = true)
    List<Conversation> ofEngagement(long workspaceId, long engagementId) {
        return conversations.findByWorkspaceIdAndEngagementIdOrderByHeldAtDesc(workspaceId, engagementId);
    }

    /** Coverage over all conversations of an engagement. Empty when there was no conversation yet. */
    @Transactional(readOnly = true)
    CoverageSummary coverageOfEngagement(long workspaceId, List<Conversation> ofEngagement) {
        if (ofEngagement.isEmpty()) {
            return CoverageSummary.of(List.of());
        }
        return CoverageSummary.of(topics.findByWorkspaceIdAndConversationIdIn(workspaceId,
                ofEngagement.stream().map(Conversation::id).toList()));
    }

    /** Coverage per engagement for every engagement with a conversation, for the dashboard. */
    @Transactional(readOnly = true)
    Map<Long, CoverageSummary> coverageByEngagement(long workspaceId) {
        Map<Long, List<Conversation>> byEngagement = conversations.findByWorkspaceId(workspaceId).stream()
                .collect(Collectors.groupingBy(Conversation::engagementId));
        return byEngagement.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> coverageOfEngagement(workspaceId, entry.getValue())));
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
