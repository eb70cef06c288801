package dev.augenhoehe.knowledge;

import dev.augenhoehe.language.Dismissal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A Klartext finding a consultant dismissed for one client ({@code clientId}) or, widened by the owner, for the whole
 * workspace ({@code clientId} null). Inserted and deleted, never edited, so it carries no version.
 */
@Table("knowledge_dismissal")
record DismissalRow(@Id Long id, Long workspaceId, Long clientId, String rule, String subject,
        DismissalReason reason, Long createdBy, Instant createdAt) {

    static DismissalRow create(long workspaceId, Long clientId, String rule, String subject, DismissalReason reason,
            long userId) {
        return new DismissalRow(null, workspaceId, clientId, rule, new Dismissal(rule, subject).subject(), reason,
                userId, Instant.now());
    }

    boolean wholeWorkspace() {
        return clientId == null;
    }

    Dismissal toDismissal() {
        return new Dismissal(rule, subject);
    }
}
