package dev.augenhoehe.accounts;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How an app key is stored: AES-256-GCM with the operator's key ({@link TwoStepProperties#secretKey()}) as
 * {@code aes:BASE64(iv, ciphertext and tag)}, or plain Base64 without one. Both forms are read, so setting a key
 * later keeps the keys from before working (they are sealed when the person sets up again).
 */
final class TwoStepSecrets {

    private static final String SEALED = "aes:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    TwoStepSecrets(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            this.key = null;
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("augenhoehe.two-step.secret-key is not Base64 (use: openssl rand -base64 32)");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("augenhoehe.two-step.secret-key must be 32 bytes in Base64, not "
                    + bytes.length + " (use: openssl rand -base64 32)");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    static TwoStepSecrets plain() {
        return new TwoStepSecrets(null);
    }

    String seal(byte[] secret) {
        if (key == null) {
            return Base64.getEncoder().encodeToString(secret);
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(secret);
            return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The key as the app has it; {@link Unreadable} if it was sealed and the configured key is missing or another. */
    byte[] open(String stored) {
        if (!stored.startsWith(SEALED)) {
            return Base64.getDecoder().decode(stored);
        }
        if (key == null) {
            throw new Unreadable();
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(SEALED.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return cipher.doFinal(Arrays.copyOfRange(bytes, IV_BYTES, bytes.length));
        } catch (GeneralSecurityException e) {
            throw new Unreadable();
        }
    }

    static final class Unreadable extends RuntimeException {
        Unreadable() {
            super("an app key was sealed with another augenhoehe.two-step.secret-key than the one configured", null,
                    false, false);
        }
    }
}
