package dev.augenhoehe.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Rate limits by key (an account, a client address, a share token), with bucket4j's token buckets.
 * <p>
 * On PostgreSQL the buckets live in the table {@code rate_limit_bucket} (bucket4j's select-for-update proxy
 * manager), so every instance behind a load balancer counts the same tries. On H2, which only ever serves one
 * instance, they live in memory (bounded, per key). Keys are stored as SHA-256 only.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * static final RateLimit SHARE = RateLimit.named("share-page").allow(60, Duration.ofMinutes(1));
 *
 * RateLimiter.Verdict verdict = rateLimiter.consume(SHARE, token);  // takes one try if one is left
 * if (!verdict.allowed()) {
 *     TooManyRequests.reject(request, response, verdict.retryAfter(), null); // or a key of your own
 * }
 * }</pre>
 * <ul>
 *   <li>{@link #consume}: takes one try; refused (nothing taken) when none is left.</li>
 *   <li>{@link #check}: only asks whether one try is left, takes nothing; for limits that count failures only
 *       (check before the attempt, {@link #consume} after it failed).</li>
 *   <li>{@link #reset}: forgets the key's tries (after a successful sign-in, for example).</li>
 * </ul>
 * A limit with several rates refuses as soon as any of them is used up, and the wait is the longest of them: so
 * "10 per 15 minutes, 20 per 3 hours" answers the 11th quick try with 90 seconds and the 21st with 9 minutes.
 * Each rate refills greedily (one try back every period / count). Changing a limit's rates starts fresh buckets.
 * If the database cannot be reached the limiter lets the request through and logs it: a broken limiter must not
 * lock everyone out.
 */
@Component
public class RateLimiter {

    /** A named limit: one or more rates, all of which must have a try left. */
    public record RateLimit(String name, List<Rate> rates) {

        public RateLimit {
            Objects.requireNonNull(name);
            rates = List.copyOf(rates);
        }

        public static RateLimit named(String name) {
            return new RateLimit(name, List.of());
        }

        /** Adds a rate: at most {@code count} tries within {@code period}. */
        public RateLimit allow(long count, Duration period) {
            List<Rate> more = new ArrayList<>(rates);
            more.add(new Rate(count, period));
            return new RateLimit(name, more);
        }

        Duration longestPeriod() {
            return rates.stream().map(Rate::period).max(Duration::compareTo).orElse(Duration.ofMinutes(1));
        }

        BucketConfiguration configuration() {
            ConfigurationBuilder builder = BucketConfiguration.builder();
            for (Rate rate : rates) {
                builder.addLimit(limit -> limit.capacity(rate.count()).refillGreedy(rate.count(), rate.period()));
            }
            return builder.build();
        }
    }

    public record Rate(long count, Duration period) {
        public Rate {
            if (count < 1 || period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("a rate needs a positive count and period");
            }
        }
    }

    /** Whether the try is allowed; if not, how long until the next one is (never zero). */
    public record Verdict(boolean allowed, Duration retryAfter) {

        static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

        static Verdict refused(long nanos) {
            return new Verdict(false, Duration.ofNanos(Math.max(nanos, 1_000_000_000L)));
        }
    }

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);
    private static final int CLEAN_EVERY = 500;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;
    private final Cache<String, Bucket> local;
    private final AtomicLong calls = new AtomicLong();

    @Autowired
    public RateLimiter(DataSource dataSource) {
        this(isPostgres(dataSource) ? dataSource : null, "rate_limit_bucket");
    }

    /** @param postgres the database that holds the shared buckets, or {@code null} for buckets in memory */
    RateLimiter(DataSource postgres, String table) {
        if (postgres != null) {
            this.shared = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(postgres)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table(table)
                    .idColumn("id")
                    .stateColumn("state")
                    .expiresAtColumn("expires_at")
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                            Duration.ofMinutes(1)))
                    .build();
            this.local = null;
        } else {
            this.shared = null;
            this.local = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofDays(1)).build();
        }
    }

    /** Takes one try from the key's bucket if one is left. */
    public Verdict consume(RateLimit limit, String key) {
        try {
            var probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() ? Verdict.ALLOWED : Verdict.refused(probe.getNanosToWaitForRefill());
        } catch (RuntimeException e) {
            return failedOpen(limit, e);
        }
    }

    /** Whether one try is left, without taking it. */
    public Verdict check(RateLimit limit, String key) {
        try {
            EstimationProbe probe = bucket(limit, key).estimateAbilityToConsume(1);
            return probe.canBeConsumed() ? Verdict.ALLOWED : Verdict.refused(probe.getNanosToWaitForRefill());
        } catch (RuntimeException e) {
            return failedOpen(limit, e);
        }
    }

    /** Forgets every try counted for the key. */
    public void reset(RateLimit limit, String key) {
        String id = id(limit, key);
        try {
            if (shared != null) {
                shared.removeProxy(id);
            } else {
                local.invalidate(id);
            }
        } catch (RuntimeException e) {
            log.warn("Rate limit '{}' could not be reset: {}", limit.name(), e.getClass().getSimpleName());
        }
    }

    private Bucket bucket(RateLimit limit, String key) {
        String id = id(limit, key);
        if (shared == null) {
            return local.get(id, ignored -> {
                var builder = Bucket.builder();
                for (var bandwidth : limit.configuration().getBandwidths()) {
                    builder.addLimit(bandwidth);
                }
                return builder.build();
            });
        }
        if (calls.incrementAndGet() % CLEAN_EVERY == 0) {
            // expired buckets are full ones: deleting them forgets nothing; every instance helps a little
            shared.removeExpired(1_000);
        }
        return shared.getProxy(id, limit::configuration);
    }

    private static Verdict failedOpen(RateLimit limit, RuntimeException e) {
        log.error("Rate limit '{}' could not be checked, the request is let through: {}", limit.name(),
                e.toString());
        return Verdict.ALLOWED;
    }

    /** The limit's name, a short hash of its rates (new rates, new buckets), and the key's SHA-256. */
    static String id(RateLimit limit, String key) {
        String rates = Integer.toHexString(limit.rates().hashCode());
        return limit.name() + ":" + rates + ":" + sha256(key == null ? "" : key);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }
}
