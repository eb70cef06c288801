package dev.augenhoehe.decisions;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Uploaded files waiting for the person to confirm the preview; {@code files} is JSON of name and text. */
@Table("decision_import")
record PendingImport(@Id Long id, Long workspaceId, Long engagementId, Long createdBy, Instant createdAt,
        String files) {
}
