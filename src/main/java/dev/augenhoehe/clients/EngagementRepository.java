package dev.augenhoehe.clients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.jdbc.core.RowMapper;

interface EngagementRepository extends ListCrudRepository<Engagement, Long> {

    /** Written out and mapped by column index: the engagement page and its forms read it on every view. */
    @Query(value = "select id, workspace_id, client_id, title, status, description, history, archived_at, created_at,"
            + " updated_at, version from engagement where id = :id and workspace_id = :workspaceId",
            rowMapperClass = EngagementRows.class)
    Optional<Engagement> findByIdAndWorkspaceId(long id, long workspaceId);

    final class EngagementRows implements RowMapper<Engagement> {
        @Override
        public Engagement mapRow(ResultSet rs, int row) throws SQLException {
            return new Engagement(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                    EngagementStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                    ClientRepository.instant(rs, 8), ClientRepository.instant(rs, 9), ClientRepository.instant(rs, 10),
                    rs.getInt(11));
        }
    }

    /** The client page's list, written out like the one above: building a derived query's SQL was an eighth of it. */
    @Query(value = "select id, workspace_id, client_id, title, status, description, history, archived_at, created_at,"
            + " updated_at, version from engagement where client_id = :clientId and workspace_id = :workspaceId",
            rowMapperClass = EngagementRows.class)
    List<Engagement> findByWorkspaceIdAndClientId(long workspaceId, long clientId);

    /** An engagement as a list shows it, with its client's name and workspace (checked by the caller on each row). */
    record RefRow(long workspaceId, EngagementRef ref) {
    }

    /**
     * The engagements and their clients' names in one query, only the columns a reference shows, mapped by column
     * index: loading both whole aggregates (descriptions, histories, notes) and mapping them by name was a ninth of
     * the dashboard's CPU on a large workspace. By id alone: next to an equality on workspace_id, H2 ignores the IN
     * list for its index.
     */
    @Query(value = "select e.workspace_id, e.id, c.id, c.name, e.title, e.status,"
            + " case when e.archived_at is null and c.archived_at is null then false else true end, c.workspace_id"
            + " from engagement e join client c on c.id = e.client_id where e.id in (:ids)",
            rowMapperClass = RefRows.class)
    List<RefRow> refsOf(Collection<Long> ids);

    final class RefRows implements RowMapper<RefRow> {
        @Override
        public RefRow mapRow(ResultSet rs, int row) throws SQLException {
            long workspace = rs.getLong(1);
            // a client of another workspace never shows under this one's engagement (the caller drops the row)
            long owner = rs.getLong(8) == workspace ? workspace : -1;
            return new RefRow(owner, new EngagementRef(rs.getLong(2), rs.getLong(3), rs.getString(4),
                    rs.getString(5), EngagementStatus.valueOf(rs.getString(6)), rs.getBoolean(7)));
        }
    }
}
