package dev.augenhoehe.clients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The list pages: search by name, filter, page. Plain SQL because the engagement list searches the client's name
 * too, and a derived query cannot join.
 */
@Component
class ClientSearch {

    record ClientRow(long id, String name, ClientKind kind, String contactPerson, String email, boolean archived,
            long engagements) {
    }

    record EngagementRow(long id, long clientId, String clientName, String title, EngagementStatus status,
            boolean archived) {
    }

    private final JdbcClient jdbc;

    ClientSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Paged<ClientRow> clients(long workspaceId, String query, boolean archived, int page) {
        String where = " from client c where c.workspace_id = :ws and c.archived_at is " + (archived ? "not null" : "null")
                + " and (lower(c.name) like :q escape '\\' or lower(coalesce(c.contact_person, '')) like :q escape '\\')";
        String pattern = likePattern(query);
        long total = jdbc.sql("select count(*)" + where).param("ws", workspaceId).param("q", pattern)
                .query(Long.class).single();
        List<ClientRow> rows = jdbc.sql("select c.id, c.name, c.kind, c.contact_person, c.email, (c.archived_at is not null) as archived,"
                        + " (select count(*) from engagement e where e.client_id = c.id and e.archived_at is null)"
                        + " as engagements" + where + " order by lower(c.name), c.id limit :limit offset :offset")
                .param("ws", workspaceId).param("q", pattern)
                .param("limit", Paged.SIZE).param("offset", Paged.offset(page))
                .query(ClientSearch::clientRow).list();
        return new Paged<>(rows, Math.max(page, 1), Paged.SIZE, total);
    }

    Paged<EngagementRow> engagements(long workspaceId, String query, Set<EngagementStatus> statuses, boolean archived,
            int page) {
        String archivedClause = archived
                ? " and (e.archived_at is not null or c.archived_at is not null)"
                : " and e.archived_at is null and c.archived_at is null";
        String statusList = statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
        String where = " from engagement e join client c on c.id = e.client_id and c.workspace_id = e.workspace_id"
                + " where e.workspace_id = :ws" + archivedClause
                // the enum names are ours, never user input, so joining them into the SQL is safe
                + " and e.status in (" + statusList + ")"
                + " and (lower(e.title) like :q escape '\\' or lower(c.name) like :q escape '\\')";
        String pattern = likePattern(query);
        long total = jdbc.sql("select count(*)" + where).param("ws", workspaceId).param("q", pattern)
                .query(Long.class).single();
        List<EngagementRow> rows = jdbc.sql("select e.id, e.client_id, c.name as client_name, e.title, e.status,"
                        + " (e.archived_at is not null or c.archived_at is not null) as archived" + where
                        + " order by e.updated_at desc, e.id desc limit :limit offset :offset")
                .param("ws", workspaceId).param("q", pattern)
                .param("limit", Paged.SIZE).param("offset", Paged.offset(page))
                .query(ClientSearch::engagementRow).list();
        return new Paged<>(rows, Math.max(page, 1), Paged.SIZE, total);
    }

    // Mapped by hand, by column name: the class-based mapper first asks for each record component as written
    // (contactPerson, clientId, clientName), and H2 logs every such miss with a stack trace in its trace file,
    // about 17 KB per row shown.
    private static ClientRow clientRow(ResultSet rs, int row) throws SQLException {
        return new ClientRow(rs.getLong("id"), rs.getString("name"), ClientKind.valueOf(rs.getString("kind")),
                rs.getString("contact_person"), rs.getString("email"), rs.getBoolean("archived"),
                rs.getLong("engagements"));
    }

    private static EngagementRow engagementRow(ResultSet rs, int row) throws SQLException {
        return new EngagementRow(rs.getLong("id"), rs.getLong("client_id"), rs.getString("client_name"),
                rs.getString("title"), EngagementStatus.valueOf(rs.getString("status")), rs.getBoolean("archived"));
    }

    /** "50%_off" searches for exactly that text, not for a pattern. */
    static String likePattern(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.length() > 200) {
            q = q.substring(0, 200);
        }
        return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
