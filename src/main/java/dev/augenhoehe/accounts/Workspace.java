package dev.augenhoehe.accounts;

import dev.augenhoehe.language.Language;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("workspace")
record Workspace(@Id Long id, String name, Language language, Instant createdAt) {

    static Workspace create(String name, Language language) {
        return new Workspace(null, name.strip(), language, Instant.now());
    }

    Workspace rename(String newName, Language newLanguage) {
        return new Workspace(id, newName.strip(), newLanguage, createdAt);
    }
}
