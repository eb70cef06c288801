package dev.augenhoehe.briefs;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows our tests need from other modules (workspace, client, engagement, question). Written with plain SQL because
 * those modules' services are package-private; the columns follow their migrations.
 */
final class BriefFixtures {

    private BriefFixtures() {
    }

    static long workspace(JdbcTemplate jdbc, String name) {
        jdbc.update("insert into workspace (name, language, created_at) values (?, 'EN', ?)", name, now());
        return jdbc.queryForObject("select max(id) from workspace", Long.class);
    }

    /** A client with one engagement; returns the engagement id. */
    static long engagement(JdbcTemplate jdbc, long workspaceId) {
        jdbc.update("insert into client (workspace_id, name, kind, created_at, updated_at, version) "
                + "values (?, 'Bäckerei Korn', 'ORGANISATION', ?, ?, 0)", workspaceId, now(), now());
        long client = jdbc.queryForObject("select max(id) from client", Long.class);
        jdbc.update("insert into engagement (workspace_id, client_id, title, status, created_at, updated_at, version) "
                + "values (?, ?, 'Online shop', 'ACTIVE', ?, ?, 0)", workspaceId, client, now(), now());
        return jdbc.queryForObject("select max(id) from engagement", Long.class);
    }

    static long question(JdbcTemplate jdbc, long workspaceId, long engagementId, String text) {
        jdbc.update("insert into client_question (workspace_id, engagement_id, text, asked_by, asked_at, status, "
                + "created_at, version) values (?, ?, ?, 'Anna', ?, 'OPEN', ?, 0)", workspaceId, engagementId, text,
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().withNano(0)), now());
        return jdbc.queryForObject("select max(id) from client_question", Long.class);
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
