package dev.augenhoehe.knowledge;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A workspace template; {@code content} is the {@link TemplateContent} as JSON, {@code language} "de" or "en". */
@Table("knowledge_template")
record TemplateRow(@Id Long id, Long workspaceId, String language, String title, String content, Instant createdAt,
        Instant updatedAt, @Version Integer version) {
}
