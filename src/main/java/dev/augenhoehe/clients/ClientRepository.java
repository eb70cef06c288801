package dev.augenhoehe.clients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.jdbc.core.RowMapper;

interface ClientRepository extends ListCrudRepository<Client, Long> {

    /** Written out and mapped by column index: every engagement page reads its client (the SQL was built per call). */
    @Query(value = "select id, workspace_id, name, kind, contact_person, email, phone, notes, archived_at, created_at,"
            + " updated_at, version from client where id = :id and workspace_id = :workspaceId",
            rowMapperClass = ClientRows.class)
    Optional<Client> findByIdAndWorkspaceId(long id, long workspaceId);

    final class ClientRows implements RowMapper<Client> {
        @Override
        public Client mapRow(ResultSet rs, int row) throws SQLException {
            return new Client(rs.getLong(1), rs.getLong(2), rs.getString(3), ClientKind.valueOf(rs.getString(4)),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), instant(rs, 9),
                    instant(rs, 10), instant(rs, 11), rs.getInt(12));
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
