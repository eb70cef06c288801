package dev.augenhoehe.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.annotation.Scheduled;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Sign-ins live in the database (Spring Session JDBC), so that two instances behind one load balancer share them.
 *
 * <p>Spring Session sets a session's last access time on every request, and its JDBC store then ends each request
 * with an UPDATE and a commit: every page view and every live check was a database write, a file write on H2 and a
 * WAL flush on PostgreSQL, a tenth of the cheapest page's time. Here a request writes the access time only when it
 * has moved by {@link #ACCESS_TIME_RESOLUTION} or more; a request that changes nothing in the session writes
 * nothing. The price: an idle sign-in may end up to that long before its eight hours are over.
 *
 * <p>{@code @EnableJdbcHttpSession} instead of Boot's auto-configuration because Boot backs off as soon as another
 * session repository exists; the settings Boot read from {@code spring.session.*} are therefore here. The session
 * tables come from our Flyway migrations; expired sign-ins are removed by {@code operations.ExpiredSignIns} on one
 * instance at a time (Spring Session's own clean-up, which every instance would run, is off).
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 60 * 60, cleanupCron = Scheduled.CRON_DISABLED)
class SessionConfig {

    static final Duration ACCESS_TIME_RESOLUTION = Duration.ofMinutes(1);

    /**
     * A new attribute is stored as an upsert, not an insert. Requests of one sign-in that arrive together each load
     * the session before any of them has stored, say, the first page's CSRF token; each then adds it, and with plain
     * inserts every one but the first failed on the table's key and answered 500. Now the last one wins, as it does
     * for an attribute that several requests change.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesStoredAsUpserts(DataSource dataSource)
            throws MetaDataAccessException {
        String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        if ("PostgreSQL".equals(database)) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        return sessions -> sessions.setCreateSessionAttributeQuery("""
                MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
                VALUES (?, ?, ?)
                """);
    }

    /** The repository Spring Session's filter and our own code use; the JDBC one underneath stays a bean too. */
    @Bean
    @Primary
    FindByIndexNameSessionRepository<CoarseAccessTime> signIns(JdbcIndexedSessionRepository jdbc) {
        return new CoarseAccessTimeSessions(jdbc);
    }

    /** Hands every call to the JDBC store, with each session wrapped in {@link CoarseAccessTime}. */
    static final class CoarseAccessTimeSessions implements FindByIndexNameSessionRepository<CoarseAccessTime> {

        private final FindByIndexNameSessionRepository<Session> stored;

        @SuppressWarnings("unchecked") // its session type is package-private; every session we pass it came from it
        CoarseAccessTimeSessions(FindByIndexNameSessionRepository<? extends Session> stored) {
            this.stored = (FindByIndexNameSessionRepository<Session>) stored;
        }

        @Override
        public CoarseAccessTime createSession() {
            return new CoarseAccessTime(stored.createSession());
        }

        @Override
        public void save(CoarseAccessTime session) {
            stored.save(session.stored);
        }

        @Override
        public CoarseAccessTime findById(String id) {
            Session found = stored.findById(id);
            return found == null ? null : new CoarseAccessTime(found);
        }

        @Override
        public void deleteById(String id) {
            stored.deleteById(id);
        }

        @Override
        public Map<String, CoarseAccessTime> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return stored.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new CoarseAccessTime(e.getValue())));
        }
    }

    /** A stored session whose last access time only moves in steps of {@link #ACCESS_TIME_RESOLUTION}. */
    static final class CoarseAccessTime implements Session {

        private final Session stored;

        CoarseAccessTime(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(ACCESS_TIME_RESOLUTION) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
