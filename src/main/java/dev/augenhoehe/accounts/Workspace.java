package dev.augenhoehe.accounts;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("workspace")
record Workspace(@Id Long id, String name, UiLanguage language, Instant createdAt) {

    static Workspace create(String name, UiLanguage language) {
        return new Workspace(null, name.strip(), language, Instant.now());
    }

    Workspace rename(String newName, UiLanguage newLanguage) {
        return new Workspace(id, newName.strip(), newLanguage, createdAt);
    }
}
