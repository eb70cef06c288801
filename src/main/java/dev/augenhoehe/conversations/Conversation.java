package dev.augenhoehe.conversations;

import dev.augenhoehe.language.Language;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A conversation with the client. {@code heldAt} is the wall-clock time the consultant entered; the topics are a
 * copy of the guide at {@code guideRevision}, in {@code language}.
 */
@Table("conversation")
record Conversation(@Id Long id, Long workspaceId, Long engagementId, ConversationKind kind, LocalDateTime heldAt,
        String participants, Language language, int guideRevision, Long createdBy, Instant createdAt,
        @Version Integer version) {

    Conversation withDetails(ConversationKind newKind, LocalDateTime newHeldAt, String newParticipants) {
        return new Conversation(id, workspaceId, engagementId, newKind, newHeldAt, newParticipants, language,
                guideRevision, createdBy, createdAt, version);
    }
}
