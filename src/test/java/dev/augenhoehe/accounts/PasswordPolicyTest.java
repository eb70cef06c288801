package dev.augenhoehe.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "a brand new passphrase", "a long consultant password",
            "mallory's long password", "Kaffee mit Hafermilch um drei", "äöü ÄÖÜ ß 🙂 long enough"})
    void acceptsLongPassphrases(String password) {
        assertThat(PasswordPolicy.problem(password, "ann@example.com")).isEmpty();
    }

    /** The probe's finds (issue 14): each was accepted before. */
    @ParameterizedTest
    @ValueSource(strings = {"twelvechars!", "abcdabcdabcd", "1234567890123", "qwertyuiopas", "Passwort2024!",
            "Password1234", "aaaaaaaaaaaaaaaa", "qwertzuiopü1", "Sommer2024!!", "hallo1234567"})
    void rejectsGuessablePasswordsWithAReason(String password) {
        assertThat(PasswordPolicy.problem(password, "a@b.de")).hasValueSatisfying(
                key -> assertThat(key).startsWith("accounts.password.weak."));
    }

    @Test
    void namesWhatMakesItGuessable() {
        assertThat(PasswordPolicy.problem("abcdabcdabcd", "a@b.de")).contains("accounts.password.weak.repeat");
        assertThat(PasswordPolicy.problem("mnopqrstuvwxyz", "a@b.de")).contains("accounts.password.weak.sequence");
        assertThat(PasswordPolicy.problem("Passwort2024!", "a@b.de")).contains("accounts.password.weak.word");
    }

    @Test
    void rejectsShortLongAndEmailPasswords() {
        assertThat(PasswordPolicy.problem("short", "a@b.de")).contains("accounts.password.tooShort");
        assertThat(PasswordPolicy.problem(null, "a@b.de")).contains("accounts.password.tooShort");
        assertThat(PasswordPolicy.problem("x".repeat(129), "a@b.de")).contains("accounts.password.tooLong");
        assertThat(PasswordPolicy.problem("annemarie-secret-1", "annemarie@example.com"))
                .contains("accounts.password.containsEmail");
    }

    @Test
    void anyUnicodeUpTo128CharactersIsMeasuredQuickly() {
        Random random = new Random(14);
        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            StringBuilder password = new StringBuilder();
            while (password.length() < 128) {
                int cp = random.nextInt(0x2FFFF) + 1;
                if (Character.isDefined(cp) && !Character.isSurrogate((char) cp)) {
                    password.appendCodePoint(cp);
                }
            }
            String value = password.length() > 128 ? password.substring(0, 127) : password.toString();
            PasswordPolicy.problem(value, "a@b.de");
        }
        assertThat(PasswordPolicy.problem("ä".repeat(39) + "ö".repeat(89), "a@b.de")).isPresent();
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms for 20").isLessThan(10_000);
    }
}
