package dev.augenhoehe.conversations;

import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.system.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    private final ShippedGuide shipped;
    private final ConversationsSearch search;

    ConversationService(ConversationRepository conversations, ConversationTopicRepository topics, GuideService guide,
            ShippedGuide shipped, ConversationsSearch search) {
        this.search = search;
        this.shipped = shipped;
        this.conversations = conversations;
        this.topics = topics;
        this.guide = guide;
    }

    /** Starts a conversation with a copy of the workspace guide as it is now, in the conversation's language. */
    Conversation start(long workspaceId, EngagementRef engagement, ConversationForm form, long userId) {
        Language language = form.language();
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

    /** A notes save: stored, or refused because someone saved other notes after the ones it started from. */
    sealed interface NotesSave {

        ConversationTopic topic();

        record Saved(ConversationTopic topic) implements NotesSave {
        }

        /** {@code topic} is the stored one (their text and version); {@code yours} is what this save sent. */
        record Conflict(ConversationTopic topic, String yours) implements NotesSave {
        }
    }

    /**
     * Saves the notes if they are still the ones of {@code baseVersion}. The same text as stored counts as saved
     * whatever the version: a retry of a save whose answer got lost must not conflict with itself.
     */
    NotesSave saveNotes(long workspaceId, long conversationId, long topicId, String notes, Integer baseVersion) {
        String stored = notes == null || notes.isBlank() ? null : notes;
        ConversationTopic current = topic(workspaceId, conversationId, topicId);
        if (java.util.Objects.equals(current.notes(), stored)) {
            return new NotesSave.Saved(current);
        }
        current.withNotes(stored, Instant.now()); // checks the length
        if (baseVersion == null
                || topics.saveNotesIfUnchanged(topicId, workspaceId, stored, Instant.now(), baseVersion) == 0) {
            return new NotesSave.Conflict(topic(workspaceId, conversationId, topicId), stored == null ? "" : stored);
        }
        ConversationTopic saved = topic(workspaceId, conversationId, topicId);
        search.notes(saved);
        return new NotesSave.Saved(saved);
    }

    ConversationTopic mark(long workspaceId, long conversationId, long topicId, Coverage coverage) {
        topic(workspaceId, conversationId, topicId);
        topics.mark(topicId, workspaceId, coverage.name());
        return topic(workspaceId, conversationId, topicId);
    }

    @Transactional(readOnly = true)
    List<Conversation> ofEngagement(long workspaceId, long engagementId) {
        return conversations.findByWorkspaceIdAndEngagementIdOrderByHeldAtDesc(workspaceId, engagementId);
    }

    /**
     * Coverage over all conversations of an engagement. Empty when there was no conversation yet. Reads the topics'
     * coverage columns alone (see {@link ConversationTopicRepository#coverageOfEngagements}), not their notes.
     */
    @Transactional(readOnly = true)
    CoverageSummary coverageOfEngagement(long workspaceId, long engagementId, List<Conversation> ofEngagement) {
        if (ofEngagement.isEmpty()) {
            return CoverageSummary.of(List.of());
        }
        return CoverageSummary.of(topics.coverageOfEngagements(List.of(engagementId)).stream()
                .map(ConversationTopicRepository.EngagementTopic::topic)
                .filter(topic -> topic.workspaceId() == workspaceId).toList(), shipped.forReader());
    }

    /**
     * Coverage per engagement for the {@code limit} engagements talked to most recently, for the dashboard.
     * Two queries however many engagements there are (it was one per engagement), and bounded: a workspace with
     * thousands of engagements gets a page, not all of them.
     */
    @Transactional(readOnly = true)
    Map<Long, CoverageSummary> coverageOfRecentEngagements(long workspaceId, int limit) {
        List<Long> recent = recentlyTalkedTo(workspaceId, limit);
        if (recent.isEmpty()) {
            return Map.of();
        }
        // by engagement id alone, the workspace checked on each row (see ConversationTopicRepository)
        Map<Long, List<CoverageSummary.TopicCoverage>> byEngagement = topics.coverageOfEngagements(recent).stream()
                .filter(row -> row.topic().workspaceId() == workspaceId)
                .collect(Collectors.groupingBy(ConversationTopicRepository.EngagementTopic::engagementId,
                        Collectors.mapping(ConversationTopicRepository.EngagementTopic::topic, Collectors.toList())));
        CoverageSummary.Wording wording = shipped.forReader();
        Map<Long, CoverageSummary> out = new LinkedHashMap<>();
        for (Long engagementId : recent) {
            out.put(engagementId, CoverageSummary.of(byEngagement.getOrDefault(engagementId, List.of()), wording));
        }
        return out;
    }

    /**
     * Usually found among the newest conversations; only a workspace that talked to few engagements very often needs
     * the query over all of them.
     */
    private List<Long> recentlyTalkedTo(long workspaceId, int limit) {
        int look = limit * 10;
        List<Long> newest = conversations.engagementsOfNewest(workspaceId, java.time.LocalDateTime.of(1900, 1, 1, 0, 0),
                look);
        List<Long> distinct = newest.stream().distinct().limit(limit).toList();
        return distinct.size() == limit || newest.size() < look ? distinct
                : conversations.recentlyTalkedTo(workspaceId, limit);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
