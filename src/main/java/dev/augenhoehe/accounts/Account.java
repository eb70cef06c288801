package dev.augenhoehe.accounts;

import dev.augenhoehe.language.Language;
import java.time.Instant;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person who signs in. Belongs to exactly one workspace. */
@Table("app_user")
record Account(@Id Long id, Long workspaceId, String name, String email, String passwordHash, Role role,
        Language language, boolean active, Instant createdAt, boolean mustChangePassword,
        @Version Integer version) {

    static Account create(long workspaceId, String name, String email, String passwordHash, Role role,
            Language language) {
        return new Account(null, workspaceId, name.strip(), normalizeEmail(email), passwordHash, role, language, true,
                Instant.now(), false, null);
    }

    /** Emails are compared case-insensitively; we store them lower-case and trimmed. */
    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    Account withProfile(String newName, Language newLanguage) {
        return new Account(id, workspaceId, newName.strip(), email, passwordHash, role, newLanguage, active, createdAt,
                mustChangePassword, version);
    }

    /** The same password, hashed anew (e.g. bcrypt to Argon2id at sign-in). */
    Account withPasswordHash(String newHash) {
        return new Account(id, workspaceId, name, email, newHash, role, language, active, createdAt,
                mustChangePassword, version);
    }

    /** A password the person chose themselves: nobody else knows it, so nothing is left to change. */
    Account withOwnPassword(String newHash) {
        return new Account(id, workspaceId, name, email, newHash, role, language, active, createdAt, false, version);
    }

    /** A first password someone else set (the owner, for a new team member): to be replaced at first sign-in. */
    Account requiringPasswordChange() {
        return new Account(id, workspaceId, name, email, passwordHash, role, language, active, createdAt, true,
                version);
    }

    Account withActive(boolean nowActive) {
        return new Account(id, workspaceId, name, email, passwordHash, role, language, nowActive, createdAt,
                mustChangePassword, version);
    }
}
