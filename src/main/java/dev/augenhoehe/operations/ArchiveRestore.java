package dev.augenhoehe.operations;

import dev.augenhoehe.operations.Archive.Manifest;
import dev.augenhoehe.operations.Archive.TableEntry;
import dev.augenhoehe.operations.ArchiveTables.Column;
import dev.augenhoehe.operations.ArchiveTables.Table;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores an archive into an empty instance: checks the whole file first (format, checksums, counts), brings the
 * empty schema to the archive's version, inserts every row in one transaction, then runs the newer migrations over
 * the restored data, exactly as if the data had been there during the upgrade. Ids are kept, so links stay valid.
 */
class ArchiveRestore {

    /** A line of an archive holds one row: far more than any field the app accepts, far less than the heap. */
    static final int MAX_LINE = 64 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Restored(long workspaceId, String workspaceName, String schemaVersion, Map<String, Long> rows) {

        long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final DataSource dataSource;
    private final Clock clock;

    ArchiveRestore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    Restored restore(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Manifest manifest = manifest(zip);
            for (TableEntry table : manifest.tables()) {
                check(zip, table);
            }
            prepareSchema(manifest);
            Map<String, Long> rows = insert(zip, manifest);
            Migrations.flyway(dataSource, null).migrate();
            return new Restored(manifest.workspaceId(), manifest.workspaceName(), manifest.schemaVersion(), rows);
        } catch (ZipException e) {
            throw new ArchiveProblem("operations.restore.notAnArchive");
        } catch (IOException e) {
            throw new ArchiveProblem("operations.restore.unreadable");
        }
    }

    private static Manifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(Archive.MANIFEST);
        if (entry == null) {
            throw new ArchiveProblem("operations.restore.notAnArchive");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            Manifest manifest = JSON.readValue(in.readNBytes(16 * 1024 * 1024), Manifest.class);
            if (!Archive.FORMAT.equals(manifest.format()) || manifest.tables() == null) {
                throw new ArchiveProblem("operations.restore.notAnArchive");
            }
            if (manifest.formatVersion() > Archive.VERSION) {
                throw new ArchiveProblem("operations.restore.newerFormat");
            }
            return manifest;
        } catch (JacksonException e) {
            throw new ArchiveProblem("operations.restore.notAnArchive");
        }
    }

    /** Reads a table's file to its end: its bytes must have the manifest's checksum and its lines the row count. */
    private static void check(ZipFile zip, TableEntry table) throws IOException {
        ZipEntry entry = table.name() == null ? null : zip.getEntry(table.file());
        if (entry == null) {
            throw new ArchiveProblem("operations.restore.damaged");
        }
        MessageDigest sha256 = WorkspaceArchive.sha256();
        long lines = 0;
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha256)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) > 0; ) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        if (lines != table.rows() || !HexFormat.of().formatHex(sha256.digest()).equals(table.sha256())) {
            throw new ArchiveProblem("operations.restore.damaged");
        }
    }

    /**
     * An instance without any workspace holds nothing to lose: its schema is dropped and built again up to the
     * archive's version, so an archive of an older version restores into this newer build.
     */
    private void prepareSchema(Manifest manifest) {
        MigrationVersion archived;
        try {
            archived = MigrationVersion.fromVersion(manifest.schemaVersion());
        } catch (RuntimeException e) {
            throw new ArchiveProblem("operations.restore.notAnArchive");
        }
        if (archived.compareTo(MigrationVersion.fromVersion(Migrations.latest(dataSource))) > 0) {
            throw new ArchiveProblem("operations.restore.newerSchema", manifest.schemaVersion());
        }
        if (hasWorkspace()) {
            throw new ArchiveProblem("operations.restore.notEmpty");
        }
        var flyway = Migrations.flyway(dataSource, null);
        var current = flyway.info().current();
        if (current != null && current.getVersion().compareTo(archived) > 0) {
            org.flywaydb.core.Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load()
                    .clean();
        }
        Migrations.flyway(dataSource, manifest.schemaVersion()).migrate();
    }

    boolean hasWorkspace() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            boolean exists = false;
            try (ResultSet tables = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    exists |= tables.getString("TABLE_NAME").equalsIgnoreCase(ArchiveTables.WORKSPACE);
                }
            }
            if (!exists) {
                return false;
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select count(*) from workspace")) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }

    private Map<String, Long> insert(ZipFile zip, Manifest manifest) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Map<String, Table> schema = new HashMap<>();
            ArchiveTables.discover(connection).forEach(table -> schema.put(table.name(), table));
            try {
                for (TableEntry entry : manifest.tables()) {
                    Table table = schema.get(entry.name());
                    if (table == null) {
                        throw new ArchiveProblem("operations.restore.damaged");
                    }
                    counts.put(entry.name(), insertTable(connection, zip, entry, table));
                }
                restartIdentities(connection, schema.values());
                markSetUp(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the archive could not be written into the database", e);
        }
        return counts;
    }

    private static long insertTable(Connection connection, ZipFile zip, TableEntry entry, Table table)
            throws SQLException, IOException {
        List<Column> columns = entry.columns();
        Map<String, TargetColumn> target = targetColumns(connection, table.name());
        for (Column column : columns) {
            if (table.column(column.name()).isEmpty() || !target.containsKey(column.name())) {
                throw new ArchiveProblem("operations.restore.damaged");
            }
        }
        String sql = "insert into " + table.name() + " (" + String.join(", ", columns.stream().map(Column::name).toList())
                + ") values (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql);
                BufferedReader lines = new BufferedReader(new InputStreamReader(
                        zip.getInputStream(zip.getEntry(entry.file())), StandardCharsets.UTF_8))) {
            for (String line; (line = readLine(lines)) != null; ) {
                JsonNode row;
                try {
                    row = JSON.readTree(line);
                } catch (JacksonException e) {
                    throw new ArchiveProblem("operations.restore.damaged");
                }
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    Archive.bind(insert, i + 1, column.type(), row.get(column.name()), target.get(column.name()).sqlType());
                }
                insert.addBatch();
                if (++rows % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return rows;
    }

    private static String readLine(BufferedReader lines) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = lines.read()) != -1; ) {
            if (c == '\n') {
                return line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new ArchiveProblem("operations.restore.damaged");
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }

    /** A target column as the database describes it: its SQL type (for nulls) and whether it is an identity. */
    private record TargetColumn(int sqlType, boolean identity) {
    }

    private static Map<String, TargetColumn> targetColumns(Connection connection, String table) throws SQLException {
        Map<String, TargetColumn> columns = new HashMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet tables = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    try (ResultSet rs = meta.getColumns(null, connection.getSchema(), tables.getString("TABLE_NAME"), "%")) {
                        while (rs.next()) {
                            columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), new TargetColumn(
                                    rs.getInt("DATA_TYPE"), "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
                        }
                    }
                }
            }
        }
        return columns;
    }

    /** Ids were inserted as they were; each identity continues after the highest one. */
    private static void restartIdentities(Connection connection, Iterable<Table> tables) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        for (Table table : tables) {
            if (table.column("id").isEmpty() || !table.primaryKey().equals(List.of("id"))) {
                continue;
            }
            long next;
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table.name())) {
                rs.next();
                next = rs.getLong(1);
            }
            try (Statement statement = connection.createStatement()) {
                if (postgres) {
                    try (ResultSet sequence = statement.executeQuery(
                            "select pg_get_serial_sequence('" + table.name() + "', 'id')")) {
                        if (sequence.next() && sequence.getString(1) != null) {
                            statement.execute("select setval('" + sequence.getString(1) + "', " + next + ", false)");
                        }
                    }
                } else if (targetColumns(connection, table.name()).getOrDefault("id", new TargetColumn(0, false)).identity()) {
                    statement.execute("alter table " + table.name() + " alter column id restart with " + next);
                }
            }
        }
    }

    private void markSetUp(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into instance_setup (id, set_up_at) select 1, ? where not exists (select 1 from instance_setup)")) {
            insert.setObject(1, OffsetDateTime.now(clock));
            insert.executeUpdate();
        }
    }
}
