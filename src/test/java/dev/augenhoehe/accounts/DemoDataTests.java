package dev.augenhoehe.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DemoDataTests {

    @Autowired
    AccountRepository accounts;

    @Autowired
    SetupState setupState;

    @Test
    void seedsADemoWorkspaceWithAFreshPassword() {
        assertThat(setupState.isSetUp()).isTrue();
        Account owner = accounts.findByEmail(DemoData.EMAIL).orElseThrow();
        assertThat(owner.role()).isEqualTo(Role.OWNER);
        assertThat(owner.passwordHash()).startsWith("{bcrypt}");
    }

    @Test
    void generatedPasswordsAreLongAndDifferent() {
        String first = DemoData.generatePassword();
        assertThat(first).hasSize(23).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");
        assertThat(PasswordPolicy.problem(first, DemoData.EMAIL)).isEmpty();
        assertThat(DemoData.generatePassword()).isNotEqualTo(first);
    }
}
