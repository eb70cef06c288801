package dev.augenhoehe.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.support.PostgresTest;
import dev.augenhoehe.system.RateLimiter.RateLimit;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances on one PostgreSQL count the same tries: each limiter here is what a second app instance would
 * build on the shared database (issue 14: "works across two instances on one PostgreSQL").
 */
@SpringBootTest
@PostgresTest
class RateLimiterPostgresTests {

    static final RateLimit TEN_PER_QUARTER = RateLimit.named("test-two-instances").allow(10, Duration.ofMinutes(15));

    @Autowired
    DataSource dataSource;

    @Autowired
    RateLimiter instanceOne;

    @Test
    void triesTakenOnOneInstanceAreGoneOnTheOther() {
        RateLimiter instanceTwo = new RateLimiter(dataSource);
        for (int i = 0; i < 5; i++) {
            assertThat(instanceOne.consume(TEN_PER_QUARTER, "ann@example.com").allowed()).isTrue();
            assertThat(instanceTwo.consume(TEN_PER_QUARTER, "ann@example.com").allowed()).isTrue();
        }
        var refused = instanceTwo.consume(TEN_PER_QUARTER, "ann@example.com");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(91));
        assertThat(instanceOne.check(TEN_PER_QUARTER, "ann@example.com").allowed()).isFalse();
        assertThat(instanceOne.check(TEN_PER_QUARTER, "bob@example.com").allowed()).isTrue();

        instanceTwo.reset(TEN_PER_QUARTER, "ann@example.com");
        assertThat(instanceOne.check(TEN_PER_QUARTER, "ann@example.com").allowed()).isTrue();
    }

    @Test
    void theTableHoldsHashesNotAddresses() {
        instanceOne.consume(TEN_PER_QUARTER, "carl@example.com");
        var ids = JdbcClient.create(dataSource).sql("select id from rate_limit_bucket").query(String.class).list();
        assertThat(ids).isNotEmpty().noneMatch(id -> id.contains("carl"));
    }
}
