package dev.augenhoehe.briefs;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A published version: written once, never updated (the service only inserts); its content is frozen JSON.
 * {@code changeNote} is the consultant's optional line on what changed, null when none was given.
 */
@Table("brief_version")
record BriefVersion(@Id Long id, Long workspaceId, Long briefId, int versionNumber, BriefContent content,
        Long publishedBy, Instant publishedAt, String changeNote) {

    static final int MAX_NOTE = 200;

    /** One line, at most {@link #MAX_NOTE} characters; blank means no note. */
    static String note(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > MAX_NOTE ? line.substring(0, MAX_NOTE) : line;
    }

    /** For display: the server's time zone, like the other pages' dates. */
    public java.time.LocalDateTime publishedAtLocal() {
        return java.time.LocalDateTime.ofInstant(publishedAt, java.time.ZoneId.systemDefault());
    }
}
