package dev.augenhoehe.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Issue 14: bcrypt refused passwords over 72 bytes with a 500; new hashes are Argon2id, old ones still match. */
class PasswordEncoderTest {

    final PasswordEncoder encoder = new SecurityConfig().passwordEncoder();

    @Test
    void newHashesAreArgon2idAndTakeAnyUnicodeUpTo128Characters() {
        String longUnicode = "ä".repeat(39) + "🙂".repeat(40) + "x".repeat(9);
        String hash = encoder.encode(longUnicode);
        assertThat(hash).startsWith("{argon2id}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches(longUnicode, hash)).isTrue();
        assertThat(encoder.matches(longUnicode + "y", hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void oldBcryptHashesStillMatchAndAskForAnUpgrade() {
        String old = "{bcrypt}" + new BCryptPasswordEncoder().encode("a long old password");
        assertThat(encoder.matches("a long old password", old)).isTrue();
        assertThat(encoder.upgradeEncoding(old)).isTrue();
        // bcrypt cannot even look at more than 72 bytes: that is no match, not an error
        assertThat(encoder.matches("ä".repeat(39), old)).isFalse();
    }

    @Test
    void unknownHashFormatsNeverMatchAndNeverThrow() {
        assertThat(encoder.matches("x", "no id at all")).isFalse();
        assertThat(encoder.matches("x", "{md5}abc")).isFalse();
    }
}
