package dev.augenhoehe.briefs;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A published version: written once, never updated (the service only inserts); its content is frozen JSON. */
@Table("brief_version")
record BriefVersion(@Id Long id, Long workspaceId, Long briefId, int versionNumber, BriefContent content,
        Long publishedBy, Instant publishedAt) {

    /** For display: the server's time zone, like the other pages' dates. */
    public java.time.LocalDateTime publishedAtLocal() {
        return java.time.LocalDateTime.ofInstant(publishedAt, java.time.ZoneId.systemDefault());
    }
}
