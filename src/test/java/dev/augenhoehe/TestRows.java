package dev.augenhoehe;

import dev.augenhoehe.briefs.BriefContent;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows a test needs from modules whose services it can't reach (they are package-private), written with plain SQL
 * that follows the migrations. Each insert returns the id the database generated for it, never "the highest id",
 * which another test's row could be.
 */
public final class TestRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestRows() {
    }

    /** Inserts one row and returns its generated id; columns left out keep their defaults. */
    public static long insert(JdbcTemplate jdbc, String table, Map<String, ?> columns) {
        return new SimpleJdbcInsert(jdbc).withTableName(table).usingColumns(columns.keySet().toArray(String[]::new))
                .usingGeneratedKeyColumns("id").executeAndReturnKey(Map.copyOf(columns)).longValue();
    }

    public static long workspace(JdbcTemplate jdbc, String name) {
        return insert(jdbc, "workspace", Map.of("name", name, "language", "EN", "created_at", now()));
    }

    /** A client organisation and one active engagement of it; returns the engagement's id. */
    public static long engagement(JdbcTemplate jdbc, long workspaceId, String client, String title) {
        long clientId = insert(jdbc, "client", Map.of("workspace_id", workspaceId, "name", client,
                "kind", "ORGANISATION", "created_at", now(), "updated_at", now(), "version", 0));
        return insert(jdbc, "engagement", Map.of("workspace_id", workspaceId, "client_id", clientId, "title", title,
                "status", "ACTIVE", "created_at", now(), "updated_at", now(), "version", 0));
    }

    public static long question(JdbcTemplate jdbc, long workspaceId, long engagementId, String text, String askedBy) {
        return insert(jdbc, "client_question", Map.of("workspace_id", workspaceId, "engagement_id", engagementId,
                "text", text, "asked_by", askedBy, "asked_at", Timestamp.valueOf(LocalDateTime.now().withNano(0)),
                "created_at", now(), "version", 0));
    }

    /** A brief with {@code content} published as its version 1; returns the brief's id. */
    public static long publishedBrief(JdbcTemplate jdbc, long workspaceId, long engagementId, long questionId,
            BriefContent content, long userId) {
        Map<String, Object> brief = new LinkedHashMap<>();
        brief.put("workspace_id", workspaceId);
        brief.put("engagement_id", engagementId);
        brief.put("question_id", questionId);
        brief.put("content", JSON.writeValueAsString(content));
        brief.put("knowhow_choices", "{}");
        brief.put("published_version", 1);
        brief.put("changed_since_publish", false);
        brief.put("created_by", userId);
        brief.put("created_at", now());
        brief.put("updated_by", userId);
        brief.put("updated_at", now());
        brief.put("version", 0);
        long id = insert(jdbc, "brief", brief);
        version(jdbc, workspaceId, id, 1, content, userId);
        return id;
    }

    /** Publishes {@code content} as the brief's next version; returns its number. */
    public static int nextVersion(JdbcTemplate jdbc, long workspaceId, long briefId, BriefContent content,
            long userId) {
        int next = jdbc.queryForObject("select published_version from brief where id = ?", Integer.class, briefId) + 1;
        jdbc.update("update brief set published_version = ? where id = ?", next, briefId);
        version(jdbc, workspaceId, briefId, next, content, userId);
        return next;
    }

    private static void version(JdbcTemplate jdbc, long workspaceId, long briefId, int number, BriefContent content,
            long userId) {
        jdbc.update("insert into brief_version (workspace_id, brief_id, version_number, content, published_by, "
                + "published_at) values (?, ?, ?, ?, ?, ?)", workspaceId, briefId, number,
                JSON.writeValueAsString(content), userId, now());
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
