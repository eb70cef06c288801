package dev.augenhoehe.operations;

import dev.augenhoehe.operations.Archive.Manifest;
import dev.augenhoehe.operations.Archive.TableEntry;
import dev.augenhoehe.operations.ArchiveTables.Column;
import dev.augenhoehe.operations.ArchiveTables.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one workspace's archive to a stream, table by table in one consistent read (the transaction sees one
 * moment, so a note saved meanwhile is either wholly in the archive or not at all). Streams rows, so a large
 * workspace needs no more memory than a small one.
 */
class WorkspaceArchive {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSource dataSource;
    private final Clock clock;

    WorkspaceArchive(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** What the archive holds, as its manifest says. */
    Manifest write(long workspaceId, OutputStream out) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                Manifest manifest = write(connection, workspaceId, out);
                connection.commit();
                return manifest;
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the workspace for its archive", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Manifest write(Connection connection, long workspaceId, OutputStream out) throws SQLException, IOException {
        String workspaceName = workspaceName(connection, workspaceId);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        List<TableEntry> entries = new ArrayList<>();
        List<Table> tables = ArchiveTables.discover(connection);
        Map<String, Table> byName = new LinkedHashMap<>();
        tables.forEach(table -> byName.put(table.name(), table));
        for (Table table : tables) {
            entries.add(writeTable(connection, table, select(table, byName), workspaceId, zip));
        }
        Manifest manifest = new Manifest(Archive.FORMAT, Archive.VERSION, schemaVersion(dataSource),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).toString(),
                connection.getMetaData().getDatabaseProductName(), workspaceId, workspaceName, entries);
        zip.putNextEntry(new ZipEntry(Archive.MANIFEST));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return manifest;
    }

    private TableEntry writeTable(Connection connection, Table table, String sql, long workspaceId,
            ZipOutputStream zip) throws SQLException, IOException {
        TableEntry entry = new TableEntry(table.name(), table.columns(), 0, "");
        zip.putNextEntry(new ZipEntry(entry.file()));
        MessageDigest sha256 = sha256();
        // the digest sees exactly the bytes of this entry; closing it must not close the zip
        DigestOutputStream digesting = new DigestOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                zip.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                zip.write(bytes, offset, length);
            }
        }, sha256);
        long rows = 0;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, workspaceId);
            select.setFetchSize(500);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (Column column : table.columns()) {
                        row.put(column.name(), Archive.read(rs, rs.findColumn(column.name()), column.type()));
                    }
                    digesting.write(JSON.writeValueAsBytes(row));
                    digesting.write('\n');
                    rows++;
                }
            }
        }
        digesting.flush();
        zip.closeEntry();
        return new TableEntry(table.name(), table.columns(), rows, HexFormat.of().formatHex(sha256.digest()));
    }

    /** The rows of one workspace, in key order so that the same data always gives the same file. */
    static String select(Table table, Map<String, Table> tables) {
        String where = where(table, tables);
        String order = table.primaryKey().isEmpty()
                ? String.join(", ", table.columns().stream().map(Column::name).toList())
                : String.join(", ", table.primaryKey());
        return "select * from " + table.name() + " where " + where + " order by " + order;
    }

    private static String where(Table table, Map<String, Table> tables) {
        if (table.name().equals(ArchiveTables.WORKSPACE)) {
            return "id = ?";
        }
        if (table.direct()) {
            return ArchiveTables.WORKSPACE_ID + " = ?";
        }
        // a table reached through a foreign key: the rows whose parent row belongs to the workspace
        return table.foreignKey() + " in (select " + table.parentKey() + " from " + table.parent() + " where "
                + where(tables.get(table.parent()), tables) + ")";
    }

    private static String workspaceName(Connection connection, long workspaceId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select name from workspace where id = ?")) {
            select.setLong(1, workspaceId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no workspace " + workspaceId);
                }
                return rs.getString(1);
            }
        }
    }

    static String schemaVersion(DataSource dataSource) {
        MigrationInfo current = Migrations.flyway(dataSource, null).info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
