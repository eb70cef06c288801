package dev.augenhoehe.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The link's secrets: enough entropy, URL-safe, hashed, compared in constant time. */
class TokensTest {

    @Test
    void aTokenIs256RandomBitsInUrlSafeBase64() {
        Set<String> seen = new HashSet<>();
        int[] bitOnes = new int[256];
        int samples = 4000;
        for (int i = 0; i < samples; i++) {
            String token = Tokens.newToken();
            assertThat(token).hasSize(Tokens.TOKEN_LENGTH).matches("[A-Za-z0-9_-]{43}");
            assertThat(Tokens.wellFormed(token)).isTrue();
            byte[] bytes = Base64.getUrlDecoder().decode(token);
            assertThat(bytes).hasSize(32);
            for (int bit = 0; bit < 256; bit++) {
                if ((bytes[bit / 8] >> (bit % 8) & 1) == 1) {
                    bitOnes[bit]++;
                }
            }
            assertThat(seen.add(token)).isTrue();
        }
        // every one of the 256 bits is set about half the time: no fixed or biased bits (6 sigma bounds)
        double sigma = Math.sqrt(samples * 0.25);
        for (int ones : bitOnes) {
            assertThat((double) ones).isBetween(samples / 2.0 - 6 * sigma, samples / 2.0 + 6 * sigma);
        }
    }

    @Test
    void onlyWellFormedTokensAreLookedUp() {
        assertThat(Tokens.wellFormed(null)).isFalse();
        assertThat(Tokens.wellFormed("")).isFalse();
        assertThat(Tokens.wellFormed("a".repeat(42))).isFalse();
        assertThat(Tokens.wellFormed("a".repeat(44))).isFalse();
        assertThat(Tokens.wellFormed("a".repeat(42) + "=")).isFalse();
        assertThat(Tokens.wellFormed("a".repeat(42) + "/")).isFalse();
        assertThat(Tokens.wellFormed("ä".repeat(43))).isFalse();
    }

    @Test
    void theHashIsSha256AndComparisonIsExact() {
        String token = Tokens.newToken();
        String hash = Tokens.sha256(token);
        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}").doesNotContain(token);
        assertThat(Tokens.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Tokens.same(hash, Tokens.sha256(token))).isTrue();
        assertThat(Tokens.same(hash, Tokens.sha256(Tokens.newToken()))).isFalse();
        assertThat(Tokens.same(hash, null)).isFalse();
        assertThat(Tokens.same(hash, hash.substring(1))).isFalse();
    }

    @Test
    void aDeviceFingerprintIsTruncatedSaltedAndHidesTheAddress() {
        String a = Tokens.fingerprint(1, "203.0.113.7", "Firefox");
        assertThat(a).hasSize(32).doesNotContain("203.0.113.7");
        assertThat(Tokens.fingerprint(1, "203.0.113.7", "Firefox")).isEqualTo(a);
        assertThat(Tokens.fingerprint(2, "203.0.113.7", "Firefox")).isNotEqualTo(a);
        assertThat(Tokens.fingerprint(1, "203.0.113.8", "Firefox")).isNotEqualTo(a);
    }
}
