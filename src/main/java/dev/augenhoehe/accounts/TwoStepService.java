package dev.augenhoehe.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's two-step sign-in: the app secret, the recovery codes and the remembered devices. Every "use once"
 * is a conditional update, so two requests with the same code cannot both succeed.
 */
@Service
class TwoStepService {

    static final Duration REMEMBER_DEVICE = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TwoStepService.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TotpCodes codes;
    private final TwoStepSecrets secrets;

    @Autowired
    TwoStepService(JdbcClient jdbc, TwoStepProperties properties) {
        this(jdbc, Clock.systemUTC(), new TwoStepSecrets(properties.secretKey()));
    }

    TwoStepService(JdbcClient jdbc, Clock clock, TwoStepSecrets secrets) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.codes = new TotpCodes(clock);
        this.secrets = secrets;
    }

    record Status(boolean enabled, Instant enabledAt, int recoveryCodesLeft) {
        static final Status OFF = new Status(false, null, 0);
    }

    enum Verdict { APP_CODE, RECOVERY_CODE, WRONG }

    boolean isEnabled(long userId) {
        return jdbc.sql("select count(*) from two_step where user_id = :user").param("user", userId)
                .query(Long.class).single() > 0;
    }

    /** Who in this workspace has two-step sign-in on: the team table shows it, and the owner may switch it off. */
    java.util.Set<Long> enabledIn(long workspaceId) {
        return new java.util.HashSet<>(jdbc.sql("select t.user_id from two_step t join app_user u on u.id = t.user_id "
                        + "where u.workspace_id = :workspace")
                .param("workspace", workspaceId).query(Long.class).list());
    }

    Status status(long userId) {
        Optional<Instant> since = jdbc.sql("select enabled_at from two_step where user_id = :user").param("user", userId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
        if (since.isEmpty()) {
            return Status.OFF;
        }
        long left = jdbc.sql("select count(*) from recovery_code where user_id = :user and used_at is null")
                .param("user", userId).query(Long.class).single();
        return new Status(true, since.get(), (int) left);
    }

    /**
     * Switches two-step sign-in on with the secret the person's app just read, if the code fits it.
     * @return the new recovery codes, to be shown once; empty if the code was wrong
     */
    @Transactional
    Optional<List<String>> enable(long userId, byte[] secret, String code) {
        OptionalLong step = codes.matchingStep(secret, code, Long.MIN_VALUE);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        removeAll(userId);
        jdbc.sql("insert into two_step (user_id, secret, enabled_at, last_used_step) values (:user, :secret, :now, :step)")
                .param("user", userId).param("secret", secrets.seal(secret))
                .param("now", Timestamp.from(clock.instant())).param("step", step.getAsLong()).update();
        return Optional.of(storeRecoveryCodes(userId));
    }

    /** An app code of the current step ±1 not used before, or an unused recovery code (which is then used up). */
    @Transactional
    Verdict verify(long userId, String input) {
        if (input == null || input.length() > 64) {
            return Verdict.WRONG;
        }
        if (TotpCodes.looksLikeCode(input)) {
            return appCodeAccepted(userId, input) ? Verdict.APP_CODE : Verdict.WRONG;
        }
        String recovery = RecoveryCodes.normalize(input);
        if (recovery == null) {
            return Verdict.WRONG;
        }
        int used = jdbc.sql("update recovery_code set used_at = :now where user_id = :user and code_hash = :hash "
                        + "and used_at is null")
                .param("now", Timestamp.from(clock.instant())).param("user", userId)
                .param("hash", RecoveryCodes.hash(recovery)).update();
        return used > 0 ? Verdict.RECOVERY_CODE : Verdict.WRONG;
    }

    private boolean appCodeAccepted(long userId, String input) {
        record Row(String secret, long lastUsedStep) {
        }
        Optional<Row> row = jdbc.sql("select secret, last_used_step from two_step where user_id = :user")
                .param("user", userId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2))).optional();
        if (row.isEmpty()) {
            return false;
        }
        byte[] secret;
        try {
            secret = secrets.open(row.get().secret());
        } catch (TwoStepSecrets.Unreadable e) {
            // a misconfigured instance: say so loudly; the person can still use a recovery code
            log.error("Two-step key of account {} cannot be read: {}. Set the same augenhoehe.two-step.secret-key "
                    + "(AUGENHOEHE_TWO_STEP_SECRET_KEY) on every instance.", userId, e.getMessage());
            return false;
        }
        OptionalLong step = codes.matchingStep(secret, input, row.get().lastUsedStep());
        if (step.isEmpty()) {
            return false;
        }
        // the condition makes a second request with the same code (or an older one) lose, even at the same moment
        return jdbc.sql("update two_step set last_used_step = :step where user_id = :user and last_used_step < :step")
                .param("step", step.getAsLong()).param("user", userId).update() > 0;
    }

    /** Switched off: the secret, the recovery codes and the remembered devices are gone. */
    @Transactional
    void disable(long userId) {
        removeAll(userId);
    }

    /** New recovery codes; the old ones stop working. */
    @Transactional
    List<String> newRecoveryCodes(long userId) {
        jdbc.sql("delete from recovery_code where user_id = :user").param("user", userId).update();
        return storeRecoveryCodes(userId);
    }

    private List<String> storeRecoveryCodes(long userId) {
        List<String> fresh = RecoveryCodes.generate();
        for (String code : fresh) {
            jdbc.sql("insert into recovery_code (user_id, code_hash) values (:user, :hash)")
                    .param("user", userId).param("hash", RecoveryCodes.hash(RecoveryCodes.normalize(code))).update();
        }
        return fresh;
    }

    private void removeAll(long userId) {
        jdbc.sql("delete from recovery_code where user_id = :user").param("user", userId).update();
        jdbc.sql("delete from two_step where user_id = :user").param("user", userId).update();
        forgetDevices(userId);
    }

    /** A new remembered device: the token goes into the cookie, only its SHA-256 into the database. */
    @Transactional
    String rememberDevice(long userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("delete from trusted_device where user_id = :user and expires_at < :now")
                .param("user", userId).param("now", Timestamp.from(now)).update();
        jdbc.sql("insert into trusted_device (user_id, token_hash, created_at, expires_at) "
                        + "values (:user, :hash, :now, :expires)")
                .param("user", userId).param("hash", RecoveryCodes.sha256(token)).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(REMEMBER_DEVICE))).update();
        return token;
    }

    /** Whether this cookie value belongs to this person and has not expired; a cookie of someone else is no match. */
    boolean isRemembered(long userId, String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return false;
        }
        return jdbc.sql("select count(*) from trusted_device where user_id = :user and token_hash = :hash "
                        + "and expires_at > :now")
                .param("user", userId).param("hash", RecoveryCodes.sha256(token))
                .param("now", Timestamp.from(clock.instant())).query(Long.class).single() > 0;
    }

    @Transactional
    void forgetDevices(long userId) {
        jdbc.sql("delete from trusted_device where user_id = :user").param("user", userId).update();
    }
}
