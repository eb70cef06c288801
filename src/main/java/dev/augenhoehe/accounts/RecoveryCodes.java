package dev.augenhoehe.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Single-use codes for when the phone is lost: 16 characters from 30 letters and digits that cannot be mistaken
 * for each other (no 0/O, 1/I/L, U), shown as four groups of four.
 * <p>
 * Stored as SHA-256, not with the {@code PasswordEncoder}: a slow, salted hash protects secrets people choose and
 * that can be guessed from a list. These are 78 random bits chosen by us; trying them offline against SHA-256 at
 * 10^10 guesses a second still takes about a million years per code. Argon2id (19 MiB, per code, salted) would
 * make every sign-in with a recovery code compare against up to ten hashes, some 0.5 s and 190 MiB of work, and
 * protect nothing more. Unsalted, the hash is also the lookup key, so "use once" is one conditional update.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    static List<String> generate() {
        return IntStream.range(0, COUNT).mapToObj(i -> one()).toList();
    }

    private static String one() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, without spaces and dashes, in capitals; {@code null} if it cannot be a recovery code. */
    static String normalize(String input) {
        if (input == null || input.length() > 64) {
            return null;
        }
        String compact = input.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return compact.length() == LENGTH && compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? compact : null;
    }

    static String hash(String normalized) {
        return sha256(normalized);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
