package dev.augenhoehe.conversations;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only view of an engagement's conversations for the recap a consultant sends to the client (sharing): which
 * topics were covered with the consultant's private notes, and which are still open. The notes never leave this
 * module on their own; the consultant decides what of them goes into the client-facing recap.
 */
@Service
@Transactional(readOnly = true)
public class ConversationRecaps {

    /** One topic of one conversation. {@code notes} may be null; {@code covered} is true once touched or settled. */
    public record RecapTopic(String title, String notes, boolean covered, boolean settled) {
    }

    /** One conversation with its topics in guide order. */
    public record RecapConversation(long id, LocalDateTime heldAt, String participants, List<RecapTopic> topics) {

        public List<RecapTopic> covered() {
            return topics.stream().filter(RecapTopic::covered).toList();
        }

        public List<RecapTopic> open() {
            return topics.stream().filter(t -> !t.covered()).toList();
        }
    }

    private final ConversationRepository conversations;
    private final ConversationTopicRepository topics;

    ConversationRecaps(ConversationRepository conversations, ConversationTopicRepository topics) {
        this.conversations = conversations;
        this.topics = topics;
    }

    /** The engagement's conversations, newest first; a foreign engagement id finds nothing. */
    public List<RecapConversation> ofEngagement(long workspaceId, long engagementId) {
        return conversations.findByWorkspaceIdAndEngagementIdOrderByHeldAtDesc(workspaceId, engagementId).stream()
                .map(c -> new RecapConversation(c.id(), c.heldAt(), c.participants(),
                        topics.findByWorkspaceIdAndConversationIdOrderByPositionAsc(workspaceId, c.id()).stream()
                                .sorted(Comparator.comparingInt(ConversationTopic::position))
                                .map(t -> new RecapTopic(t.title(), t.notes(), t.coverage() != Coverage.OPEN,
                                        t.coverage() == Coverage.SETTLED))
                                .toList()))
                .toList();
    }
}
