package dev.augenhoehe.clients;

import dev.augenhoehe.system.FieldConflict;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A piece of work for a client: from the first call (lead) to the end (closed). */
@Table("engagement")
record Engagement(@Id Long id, Long workspaceId, Long clientId, String title, EngagementStatus status,
        String description, String history, Instant archivedAt, Instant createdAt, Instant updatedAt,
        @Version Integer version) {

    static Engagement create(long workspaceId, long clientId, EngagementForm form) {
        Instant now = Instant.now();
        return new Engagement(null, workspaceId, clientId, Text.clean(form.title()), form.status(),
                Text.clean(form.description()), Text.clean(form.history()), null, now, now, null);
    }

    Engagement update(EngagementForm form) {
        return new Engagement(id, workspaceId, clientId, Text.clean(form.title()), form.status(),
                Text.clean(form.description()), Text.clean(form.history()), archivedAt, createdAt, Instant.now(),
                version);
    }

    Engagement archived(boolean archive) {
        return new Engagement(id, workspaceId, clientId, title, status, description, history,
                archive ? Instant.now() : null, createdAt, Instant.now(), version);
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    /** The fields where this stored engagement and a stale form differ. */
    List<FieldConflict> conflictsWith(EngagementForm yours) {
        return FieldConflict.builder()
                .field("engagements.title", title, yours.title())
                .field("engagements.status", status, yours.status())
                .field("engagements.description", description, yours.description())
                .field("engagements.history", history, yours.history())
                .build();
    }

    EngagementForm toForm() {
        return new EngagementForm(title, status, description, history, version);
    }
}
