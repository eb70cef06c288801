package dev.augenhoehe.accounts;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import com.nulabinc.zxcvbn.matchers.Match;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Length over complexity rules (NIST SP 800-63B): 12 to 128 characters of any kind, not the email address, and
 * hard to guess as judged by zxcvbn's estimator (keyboard rows, sequences, repeats, dates, common passwords and
 * words, also with letters swapped for digits). zxcvbn knows English words and passwords; a short list of common
 * German ones is added. Returns the message key of the first problem, each saying what to do instead.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    /** zxcvbn's top score, 10^10 guesses or more: score 3 still lets "twelvechars!" and "Sommer2024!!" through. */
    static final int MIN_SCORE = 4;
    /** zxcvbn's effort grows with the length; past this the extra characters add strength we need not measure. */
    private static final int MEASURED_LENGTH = 64;

    private static final Zxcvbn ESTIMATOR = estimator();

    private PasswordPolicy() {
    }

    static Optional<String> problem(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("accounts.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("accounts.password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String normalizedEmail = Account.normalizeEmail(email);
        String localPart = normalizedEmail.contains("@") ? normalizedEmail.substring(0, normalizedEmail.indexOf('@')) : normalizedEmail;
        if (!normalizedEmail.isEmpty() && (lower.contains(normalizedEmail) || (localPart.length() >= 4 && lower.contains(localPart)))) {
            return Optional.of("accounts.password.containsEmail");
        }
        List<String> personal = new ArrayList<>(List.of("augenhoehe", "augenhöhe"));
        if (!localPart.isEmpty()) {
            personal.add(localPart);
        }
        String measured = password.length() > MEASURED_LENGTH ? password.substring(0, MEASURED_LENGTH) : password;
        Strength strength = ESTIMATOR.measure(measured, personal);
        if (strength.getScore() >= MIN_SCORE) {
            return Optional.empty();
        }
        return Optional.of("accounts.password.weak." + weakness(strength));
    }

    /** The pattern that made the password guessable, so the message can name it; the longest match wins. */
    private static String weakness(Strength strength) {
        Match worst = null;
        for (Match match : strength.getSequence()) {
            if (match.pattern != Pattern.Bruteforce && (worst == null || match.token.length() > worst.token.length())) {
                worst = match;
            }
        }
        if (worst == null) {
            return "other";
        }
        return switch (worst.pattern) {
            case Dictionary -> "word";
            case Spatial -> "keyboard";
            case Repeat -> "repeat";
            case Sequence -> "sequence";
            case Date, Regex -> "date";
            default -> "other";
        };
    }

    private static Zxcvbn estimator() {
        try (var in = PasswordPolicy.class.getResourceAsStream("/accounts/common-words-de.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> german = reader.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            return new ZxcvbnBuilder()
                    .dictionaries(StandardDictionaries.loadAllDictionaries())
                    .dictionary(new Dictionary("german", german))
                    .keyboards(StandardKeyboards.loadAllKeyboards())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
