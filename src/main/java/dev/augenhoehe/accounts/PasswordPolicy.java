package dev.augenhoehe.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Length over complexity rules (NIST SP 800-63B): at least 12 characters, not a well-known password,
 * not the email address. Returns the message key of the first problem.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("123456789012", "password1234", "passwort1234",
            "qwertzuiopü", "qwertyuiop12", "passwordpassword", "passwortpasswort", "111111111111",
            "abcdefghijkl", "iloveyou1234", "letmein12345", "willkommen123", "welcome12345", "augenhoehe123",
            "augenhöhe123", "administrator", "hallo1234567", "sommer2024!!", "winter2025!!");

    private PasswordPolicy() {
    }

    static Optional<String> problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("accounts.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("accounts.password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of("accounts.password.common");
        }
        String normalizedEmail = Account.normalizeEmail(email);
        String localPart = normalizedEmail.contains("@") ? normalizedEmail.substring(0, normalizedEmail.indexOf('@')) : normalizedEmail;
        if (!normalizedEmail.isEmpty() && (lower.contains(normalizedEmail) || (localPart.length() >= 4 && lower.contains(localPart)))) {
            return Optional.of("accounts.password.containsEmail");
        }
        return Optional.empty();
    }
}
