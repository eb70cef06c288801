package dev.augenhoehe.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertThat(PasswordPolicy.problem("correct horse battery staple", "ann@example.com")).isEmpty();
    }

    @Test
    void rejectsShortLongCommonAndEmailPasswords() {
        assertThat(PasswordPolicy.problem("short", "a@b.de")).contains("accounts.password.tooShort");
        assertThat(PasswordPolicy.problem(null, "a@b.de")).contains("accounts.password.tooShort");
        assertThat(PasswordPolicy.problem("x".repeat(129), "a@b.de")).contains("accounts.password.tooLong");
        assertThat(PasswordPolicy.problem("Password1234", "a@b.de")).contains("accounts.password.common");
        assertThat(PasswordPolicy.problem("aaaaaaaaaaaaaaaa", "a@b.de")).contains("accounts.password.common");
        assertThat(PasswordPolicy.problem("annemarie-secret-1", "annemarie@example.com"))
                .contains("accounts.password.containsEmail");
    }
}
