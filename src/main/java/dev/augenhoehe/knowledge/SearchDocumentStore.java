package dev.augenhoehe.knowledge;

import dev.augenhoehe.knowledge.SearchIndex.IndexRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search documents of all workspaces in the database: the source every instance's index is built from.
 * {@code changed_at} comes from the database clock, so instances with different clocks agree on the order.
 */
@Component
class SearchDocumentStore {

    /** A stored row; {@code deleted} rows tell other instances to drop the document. */
    record StoredDocument(IndexRecord record, boolean deleted, Instant changedAt) {
    }

    private static final String COLUMNS = "workspace_id, kind, doc_key, title_de, body_de, title_en, body_en, url, "
            + "deleted, changed_at";

    private static final int FETCH_SIZE = 500;

    private final NamedParameterJdbcTemplate jdbc;
    // the full read's own template: its fetch size applies to that statement only, not to the shared JdbcTemplate
    // every other query in the app uses (setting it there, as before, changed them all)
    private final NamedParameterJdbcTemplate streaming;
    private final TransactionTemplate readOnly;

    SearchDocumentStore(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        JdbcTemplate own = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        own.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(own);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    void upsert(long workspaceId, IndexRecord r) {
        MapSqlParameterSource p = new MapSqlParameterSource(Map.of("ws", workspaceId, "kind", r.kind().id(),
                "key", r.key(), "titleDe", r.titleDe(), "bodyDe", r.bodyDe(), "titleEn", r.titleEn(), "bodyEn",
                r.bodyEn(), "url", r.url()));
        if (update(p) > 0) {
            return;
        }
        try {
            jdbc.update("insert into knowledge_search_document (" + COLUMNS + ") values (:ws, :kind, :key, "
                    + ":titleDe, :bodyDe, :titleEn, :bodyEn, :url, false, current_timestamp)", p);
        } catch (DuplicateKeyException raced) {
            update(p); // another request inserted the same document a moment ago
        }
    }

    private int update(MapSqlParameterSource p) {
        return jdbc.update("update knowledge_search_document set title_de = :titleDe, body_de = :bodyDe, "
                + "title_en = :titleEn, body_en = :bodyEn, url = :url, deleted = false, "
                + "changed_at = current_timestamp where workspace_id = :ws and kind = :kind and doc_key = :key", p);
    }

    /** Every document of a workspace counts as changed now (after a restore brought them back with old times). */
    int touchWorkspace(long workspaceId) {
        return jdbc.update("update knowledge_search_document set changed_at = current_timestamp where workspace_id = :ws",
                new MapSqlParameterSource("ws", workspaceId));
    }

    void markDeleted(long workspaceId, SearchKind kind, String key) {
        jdbc.update("update knowledge_search_document set deleted = true, title_de = '', body_de = '', "
                + "title_en = '', body_en = '', changed_at = current_timestamp "
                + "where workspace_id = :ws and kind = :kind and doc_key = :key",
                Map.of("ws", workspaceId, "kind", kind.id(), "key", key));
    }

    /** Every live document (since == null) or every row changed after {@code since}, deleted ones included. */
    void forEachChangedSince(Instant since, Consumer<StoredDocument> consumer) {
        String sql = "select " + COLUMNS + " from knowledge_search_document where "
                + (since == null ? "deleted = false" : "changed_at > :since");
        MapSqlParameterSource p = new MapSqlParameterSource();
        if (since != null) {
            p.addValue("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        }
        // inside a transaction with a fetch size PostgreSQL streams the rows instead of loading them all at once
        readOnly.executeWithoutResult(status -> streaming.query(sql, p, rs -> {
            consumer.accept(row(rs));
        }));
    }

    /** The database's clock, the one {@code changed_at} is written with. */
    Instant now() {
        return jdbc.getJdbcTemplate().queryForObject("select current_timestamp", OffsetDateTime.class).toInstant();
    }

    /** Forgets soft-deleted rows once every instance has had time to see them. */
    int purgeDeletedBefore(Instant before) {
        return jdbc.update("delete from knowledge_search_document where deleted = true and changed_at < :before",
                Map.of("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC)));
    }

    private static StoredDocument row(ResultSet rs) throws SQLException {
        IndexRecord r = new IndexRecord(String.valueOf(rs.getLong("workspace_id")), SearchKind.of(rs.getString("kind")),
                rs.getString("doc_key"), rs.getString("title_de"), rs.getString("body_de"), rs.getString("title_en"),
                rs.getString("body_en"), rs.getString("url"));
        return new StoredDocument(r, rs.getBoolean("deleted"),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant());
    }
}
