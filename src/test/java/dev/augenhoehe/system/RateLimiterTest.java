package dev.augenhoehe.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.system.RateLimiter.RateLimit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The in-memory limiter (H2, one instance): the same algorithm, bucket4j's greedy token buckets. */
class RateLimiterTest {

    final RateLimiter limiter = new RateLimiter(null, "unused");

    @Test
    void theWaitGrowsWithEachRateThatIsUsedUp() {
        RateLimit limit = RateLimit.named("test").allow(10, Duration.ofMinutes(15)).allow(20, Duration.ofHours(3));
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.consume(limit, "k").allowed()).isTrue();
        }
        var first = limiter.check(limit, "k");
        assertThat(first.allowed()).isFalse();
        assertThat(first.retryAfter()).isBetween(Duration.ofSeconds(80), Duration.ofSeconds(91));
        assertThat(limiter.consume(limit, "other").allowed()).isTrue();
        limiter.reset(limit, "k");
        assertThat(limiter.check(limit, "k").allowed()).isTrue();
    }

    @Test
    void aRefusalNeverSaysZeroSeconds() {
        RateLimit limit = RateLimit.named("fast").allow(1, Duration.ofMillis(10));
        limiter.consume(limit, "k");
        var verdict = limiter.consume(limit, "k");
        if (!verdict.allowed()) {
            assertThat(verdict.retryAfter()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }
}
