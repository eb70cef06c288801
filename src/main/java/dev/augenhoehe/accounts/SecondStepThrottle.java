package dev.augenhoehe.accounts;

import dev.augenhoehe.system.RateLimiter;
import dev.augenhoehe.system.RateLimiter.RateLimit;
import dev.augenhoehe.system.RateLimiter.Verdict;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of the second step (and of the password-or-code that switches it off). Wrong codes count per
 * person, in a bucket of their own: the right password clears the password bucket, and must not give a guesser who
 * knows it fresh tries at the code. They also count towards the address limit of {@link SignInThrottle}.
 * Five wrong codes in 15 minutes, 10 in 3 hours, 20 in a day; the right code clears the count.
 */
@Component
class SecondStepThrottle {

    static final RateLimit PER_ACCOUNT = RateLimit.named("second-step-account")
            .allow(5, Duration.ofMinutes(15)).allow(10, Duration.ofHours(3)).allow(20, Duration.ofDays(1));

    private static final Logger log = LoggerFactory.getLogger(SecondStepThrottle.class);

    private final RateLimiter limiter;

    SecondStepThrottle(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /** How long to wait, if this person or this address has no tries left. */
    Optional<Duration> refused(long userId, String address) {
        Verdict byAccount = limiter.check(PER_ACCOUNT, key(userId));
        Verdict byAddress = limiter.check(SignInThrottle.PER_ADDRESS, address);
        if (byAccount.allowed() && byAddress.allowed()) {
            return Optional.empty();
        }
        Duration wait = byAccount.retryAfter().compareTo(byAddress.retryAfter()) > 0
                ? byAccount.retryAfter() : byAddress.retryAfter();
        log.warn("Second step refused for account {} from {}: too many wrong codes, next try in {} s", userId, address,
                wait.toSeconds());
        return Optional.of(wait);
    }

    void failed(long userId, String address) {
        limiter.consume(PER_ACCOUNT, key(userId));
        limiter.consume(SignInThrottle.PER_ADDRESS, address);
        log.warn("Second step failed for account {} from {}", userId, address);
    }

    void succeeded(long userId) {
        limiter.reset(PER_ACCOUNT, key(userId));
    }

    private static String key(long userId) {
        return "user-" + userId;
    }
}
