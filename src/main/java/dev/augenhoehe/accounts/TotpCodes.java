package dev.augenhoehe.accounts;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * The codes of an authenticator app (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, what every app reads from
 * the QR code). A code is accepted for the current step and one step either side, because phone clocks drift and
 * people type slowly; and only for a step later than the last one accepted, so that no code works twice.
 * The maths is java-otp's; this class only chooses the steps.
 */
final class TotpCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    static final int SECRET_BYTES = 20; // 160 bits, the HMAC-SHA1 block the RFC recommends

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeBasedOneTimePasswordGenerator generator =
            new TimeBasedOneTimePasswordGenerator(STEP, DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    private final Clock clock;

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** Whether the input has the shape of an app code (six digits, spaces allowed between them). */
    static boolean looksLikeCode(String input) {
        return input != null && input.length() <= 20 && input.replace(" ", "").matches("[0-9]{" + DIGITS + "}");
    }

    long currentStep() {
        return clock.instant().getEpochSecond() / STEP.toSeconds();
    }

    /**
     * The step the code belongs to, if it is one of the current step ±1 and later than {@code lastUsedStep};
     * empty for anything else, including input that is not six digits.
     */
    OptionalLong matchingStep(byte[] secret, String input, long lastUsedStep) {
        if (!looksLikeCode(input)) {
            return OptionalLong.empty();
        }
        byte[] typed = input.replace(" ", "").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long now = currentStep();
        OptionalLong found = OptionalLong.empty();
        for (long step = now - 1; step <= now + 1; step++) {
            // every candidate is computed and compared in constant time, so timing does not tell which step matched
            byte[] expected = codeAt(secret, step).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, typed) && step > lastUsedStep && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    String codeAt(byte[] secret, long step) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"),
                    Instant.ofEpochSecond(step * STEP.toSeconds()), java.util.Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 refused a 20-byte key", e);
        }
    }

    /**
     * The {@code otpauth://} address the QR code carries: issuer and account name, as apps show them. SHA-1, six
     * digits and 30 seconds are every app's defaults, so they are left out: a shorter address is a coarser QR code
     * that older phone cameras read more easily.
     */
    static String otpauthUri(String email, byte[] secret) {
        String issuer = "Augenhöhe";
        return "otpauth://totp/" + encode(issuer) + ":" + encode(email) + "?secret=" + Base32.encode(secret)
                + "&issuer=" + encode(issuer);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
