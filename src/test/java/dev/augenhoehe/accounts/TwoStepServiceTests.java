package dev.augenhoehe.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.accounts.TwoStepService.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Verification against the database on a fixed clock: replay across requests, recovery codes once, devices. */
@SpringBootTest
class TwoStepServiceTests {

    static final Instant NOW = Instant.parse("2026-12-02T10:00:15Z");
    static final long STEP = NOW.getEpochSecond() / 30;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    TwoStepService at(Instant instant) {
        return new TwoStepService(jdbc, Clock.fixed(instant, ZoneOffset.UTC), TwoStepSecrets.plain());
    }

    @Test
    void enrolVerifyReplayAndRecoveryCodes() {
        TestUser user = TestAccounts.createWorkspace(context, "Two Steps GmbH");
        TwoStepService service = at(NOW);
        TotpCodes codes = new TotpCodes(Clock.fixed(NOW, ZoneOffset.UTC));
        byte[] secret = TotpCodes.newSecret();

        assertThat(service.enable(user.userId(), secret, codes.codeAt(secret, STEP - 5))).as("a stale code").isEmpty();
        assertThat(service.isEnabled(user.userId())).isFalse();
        List<String> recovery = service.enable(user.userId(), secret, codes.codeAt(secret, STEP - 1)).orElseThrow();
        assertThat(recovery).hasSize(10);
        assertThat(service.status(user.userId()).recoveryCodesLeft()).isEqualTo(10);

        assertThat(service.verify(user.userId(), codes.codeAt(secret, STEP - 1))).as("the enrolment code again")
                .isEqualTo(Verdict.WRONG);
        assertThat(service.verify(user.userId(), codes.codeAt(secret, STEP))).isEqualTo(Verdict.APP_CODE);
        assertThat(service.verify(user.userId(), codes.codeAt(secret, STEP))).as("replayed").isEqualTo(Verdict.WRONG);
        assertThat(at(NOW.plusSeconds(30)).verify(user.userId(), codes.codeAt(secret, STEP + 1)))
                .isEqualTo(Verdict.APP_CODE);

        assertThat(service.verify(user.userId(), recovery.get(3).toLowerCase())).isEqualTo(Verdict.RECOVERY_CODE);
        assertThat(service.verify(user.userId(), recovery.get(3))).as("used once").isEqualTo(Verdict.WRONG);
        assertThat(service.status(user.userId()).recoveryCodesLeft()).isEqualTo(9);

        TestUser other = TestAccounts.createWorkspace(context, "Other Steps GmbH");
        assertThat(service.verify(other.userId(), recovery.get(4))).as("someone else's code").isEqualTo(Verdict.WRONG);
        assertThat(service.verify(user.userId(), "x".repeat(1_000_000))).isEqualTo(Verdict.WRONG);

        List<String> fresh = service.newRecoveryCodes(user.userId());
        assertThat(service.verify(user.userId(), recovery.get(5))).as("old codes are gone").isEqualTo(Verdict.WRONG);
        assertThat(service.verify(user.userId(), fresh.get(0))).isEqualTo(Verdict.RECOVERY_CODE);

        String device = service.rememberDevice(user.userId());
        assertThat(service.isRemembered(user.userId(), device)).isTrue();
        assertThat(service.isRemembered(other.userId(), device)).as("another person's cookie").isFalse();
        assertThat(at(NOW.plus(TwoStepService.REMEMBER_DEVICE).plusSeconds(1)).isRemembered(user.userId(), device))
                .as("after 30 days").isFalse();
        service.disable(user.userId());
        assertThat(service.isEnabled(user.userId())).isFalse();
        assertThat(service.isRemembered(user.userId(), device)).isFalse();
        assertThat(service.verify(user.userId(), fresh.get(1))).isEqualTo(Verdict.WRONG);
    }

    @Test
    void withAnOperatorKeyTheAppKeyIsStoredEncrypted() {
        TestUser user = TestAccounts.createWorkspace(context, "Sealed Steps GmbH");
        String operatorKey = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'B');
        TwoStepService sealed = new TwoStepService(jdbc, Clock.fixed(NOW, ZoneOffset.UTC), new TwoStepSecrets(operatorKey));
        TotpCodes codes = new TotpCodes(Clock.fixed(NOW, ZoneOffset.UTC));
        byte[] secret = TotpCodes.newSecret();
        List<String> recovery = sealed.enable(user.userId(), secret, codes.codeAt(secret, STEP - 1)).orElseThrow();

        String stored = jdbc.sql("select secret from two_step where user_id = :user").param("user", user.userId())
                .query(String.class).single();
        assertThat(stored).startsWith("aes:").doesNotContain(Base64.getEncoder().encodeToString(secret));
        assertThat(sealed.verify(user.userId(), codes.codeAt(secret, STEP))).isEqualTo(Verdict.APP_CODE);

        TwoStepService otherKey = new TwoStepService(jdbc, Clock.fixed(NOW, ZoneOffset.UTC),
                new TwoStepSecrets(Base64.getEncoder().encodeToString(new byte[32])));
        assertThat(otherKey.verify(user.userId(), codes.codeAt(secret, STEP + 1))).as("another key").isEqualTo(Verdict.WRONG);
        assertThat(at(NOW).verify(user.userId(), codes.codeAt(secret, STEP + 1))).as("no key").isEqualTo(Verdict.WRONG);
        assertThat(otherKey.verify(user.userId(), recovery.get(0))).as("recovery codes need no key")
                .isEqualTo(Verdict.RECOVERY_CODE);
    }

    @Test
    void aBadOperatorKeyStopsTheStartWithAClearMessage() {
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> new TwoStepSecrets("short"))
                .withMessageContaining("openssl rand -base64 32");
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> new TwoStepSecrets(Base64.getEncoder().encodeToString(new byte[16])))
                .withMessageContaining("32 bytes");
    }
}
