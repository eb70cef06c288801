package dev.augenhoehe.accounts;

import dev.augenhoehe.language.Language;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A team's space. {@code requireTwoStep}: the owner asks everyone to sign in in two steps. */
@Table("workspace")
record Workspace(@Id Long id, String name, Language language, Instant createdAt, boolean requireTwoStep) {

    static Workspace create(String name, Language language) {
        return new Workspace(null, name.strip(), language, Instant.now(), false);
    }

    Workspace rename(String newName, Language newLanguage) {
        return new Workspace(id, newName.strip(), newLanguage, createdAt, requireTwoStep);
    }

    Workspace withTwoStepRequired(boolean required) {
        return new Workspace(id, name, language, createdAt, required);
    }
}
