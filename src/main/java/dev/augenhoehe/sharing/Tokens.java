package dev.augenhoehe.sharing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets of a link. A token is 32 bytes (256 bits) from {@link SecureRandom}, URL-safe Base64 without padding
 * (43 characters). Only its SHA-256 is stored, so a database dump opens no link; comparisons run in constant time.
 */
final class Tokens {

    static final int TOKEN_BYTES = 32;
    static final int TOKEN_LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return URL_SAFE.encodeToString(bytes);
    }

    /** Only a string that could be a token of ours: anything else is not even hashed. */
    static boolean wellFormed(String token) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Constant-time: how much of two strings match does not show in how long the comparison takes. */
    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A device as a truncated hash of address and browser, salted with the share so the same device cannot be
     * followed across shares. 16 bytes: enough to tell devices apart, too little to be worth reversing.
     */
    static String fingerprint(long shareId, String address, String userAgent) {
        return sha256(shareId + "|" + address + "|" + (userAgent == null ? "" : userAgent)).substring(0, 32);
    }

    /** The client proves a PIN was entered with this cookie value, bound to the share's form secret and PIN. */
    static String pinProof(String formToken, String pinHash) {
        return sha256("pin|" + formToken + "|" + pinHash);
    }
}
