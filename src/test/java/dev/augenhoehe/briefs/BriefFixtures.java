package dev.augenhoehe.briefs;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * Rows our tests need from other modules (workspace, client, engagement, question). Written with plain SQL because
 * those modules' services are package-private; the columns follow their migrations. Each insert returns the id the
 * database generated for it, so tests running side by side never pick up each other's rows.
 */
final class BriefFixtures {

    private BriefFixtures() {
    }

    static long workspace(JdbcTemplate jdbc, String name) {
        return insert(jdbc, "workspace", Map.of("name", name, "language", "EN", "created_at", now()));
    }

    /** A client with one engagement; returns the engagement id. */
    static long engagement(JdbcTemplate jdbc, long workspaceId) {
        long client = insert(jdbc, "client", Map.of("workspace_id", workspaceId, "name", "Bäckerei Korn",
                "kind", "ORGANISATION", "created_at", now(), "updated_at", now(), "version", 0));
        return insert(jdbc, "engagement", Map.of("workspace_id", workspaceId, "client_id", client,
                "title", "Online shop", "status", "ACTIVE", "created_at", now(), "updated_at", now(), "version", 0));
    }

    static long question(JdbcTemplate jdbc, long workspaceId, long engagementId, String text) {
        return insert(jdbc, "client_question", Map.of("workspace_id", workspaceId, "engagement_id", engagementId,
                "text", text, "asked_by", "Anna", "asked_at", Timestamp.valueOf(LocalDateTime.now().withNano(0)),
                "source", "CONSULTANT", "created_at", now(), "version", 0));
    }

    private static long insert(JdbcTemplate jdbc, String table, Map<String, Object> row) {
        return new SimpleJdbcInsert(jdbc).withTableName(table).usingGeneratedKeyColumns("id")
                .usingColumns(row.keySet().toArray(String[]::new))
                .executeAndReturnKey(new LinkedHashMap<>(row)).longValue();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
