package dev.augenhoehe.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of the schema as the database describes them, and how each belongs to a workspace: the workspace row
 * itself, a {@code workspace_id} column, or a foreign key to a table that belongs to one. Tables of the instance
 * (sign-ins, throttling, the schema's history) are named here with the reason they stay out of an archive; any
 * other table is an error, so no module's data is silently left out of a backup.
 */
final class ArchiveTables {

    /** Instance-wide tables: never in an archive, and why. */
    static final Map<String, String> INSTANCE_TABLES = Map.of(
            "instance_setup", "the instance's first-run marker; a restore writes its own",
            "spring_session", "sign-ins on this instance",
            "spring_session_attributes", "sign-ins on this instance",
            "event_publication", "reactions in flight on this instance; a backup is taken of committed state",
            "rate_limit_bucket", "sign-in and link throttling counters of this instance",
            "shedlock", "which instance runs a scheduled job right now",
            "flyway_schema_history", "the schema's own history; the manifest records its version");

    static final String WORKSPACE = "workspace";
    static final String WORKSPACE_ID = "workspace_id";

    /** A column with its portable type: integer, boolean, text, timestamptz, timestamp, date, binary or decimal. */
    record Column(String name, String type) {
    }

    /** How rows of a table are found for one workspace. {@code parent} is set for a table reached by foreign key. */
    record Table(String name, List<Column> columns, List<String> primaryKey, String parent, String foreignKey,
            String parentKey) {

        boolean direct() {
            return parent == null;
        }

        Optional<Column> column(String column) {
            return columns.stream().filter(c -> c.name().equals(column)).findFirst();
        }
    }

    private ArchiveTables() {
    }

    /** Every workspace table, parents before children (the order a restore inserts in). */
    static List<Table> discover(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, String> realNames = new LinkedHashMap<>();
        try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String real = tables.getString("TABLE_NAME");
                realNames.put(real.toLowerCase(Locale.ROOT), real);
            }
        }
        Map<String, Table> scoped = new LinkedHashMap<>();
        Map<String, List<String[]>> foreignKeys = new LinkedHashMap<>();
        List<String> unclassified = new ArrayList<>();
        for (Map.Entry<String, String> entry : realNames.entrySet()) {
            String name = entry.getKey();
            if (INSTANCE_TABLES.containsKey(name)) {
                continue;
            }
            List<Column> columns = columns(meta, schema, entry.getValue());
            List<String> key = primaryKey(meta, schema, entry.getValue());
            foreignKeys.put(name, importedKeys(meta, schema, entry.getValue()));
            scoped.put(name, new Table(name, columns, key, null, null, null));
            if (!name.equals(WORKSPACE) && columns.stream().noneMatch(c -> c.name().equals(WORKSPACE_ID))) {
                unclassified.add(name);
            }
        }
        // a table without workspace_id belongs to a workspace through a foreign key to one that does
        boolean progress = true;
        while (progress && !unclassified.isEmpty()) {
            progress = false;
            for (String name : List.copyOf(unclassified)) {
                for (String[] fk : foreignKeys.get(name)) {
                    if (scoped.containsKey(fk[1]) && !unclassified.contains(fk[1])) {
                        Table table = scoped.get(name);
                        scoped.put(name, new Table(name, table.columns(), table.primaryKey(), fk[1], fk[0], fk[2]));
                        unclassified.remove(name);
                        progress = true;
                        break;
                    }
                }
            }
        }
        if (!unclassified.isEmpty()) {
            throw new IllegalStateException("tables that belong to no workspace and are not instance-wide: "
                    + unclassified + " (give them a workspace_id, a foreign key, or name them in ArchiveTables)");
        }
        return parentsFirst(scoped, foreignKeys);
    }

    private static List<Table> parentsFirst(Map<String, Table> tables, Map<String, List<String[]>> foreignKeys) {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        for (Table table : tables.values()) {
            List<String> of = new ArrayList<>();
            for (String[] fk : foreignKeys.get(table.name())) {
                if (tables.containsKey(fk[1]) && !fk[1].equals(table.name())) {
                    of.add(fk[1]);
                }
            }
            parents.put(table.name(), of);
        }
        List<Table> ordered = new ArrayList<>();
        List<String> done = new ArrayList<>();
        while (ordered.size() < tables.size()) {
            boolean progress = false;
            for (Table table : tables.values()) {
                if (!done.contains(table.name()) && done.containsAll(parents.get(table.name()))) {
                    ordered.add(table);
                    done.add(table.name());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("foreign keys form a cycle among " + parents);
            }
        }
        return ordered;
    }

    private static List<Column> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                columns.add(new Column(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        portable(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"), table)));
            }
        }
        return columns;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Short, String> key = new java.util.TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(key.values());
    }

    /** Each foreign key as {column, referenced table, referenced column}. */
    private static List<String[]> importedKeys(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                keys.add(new String[] {rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                        rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT),
                        rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)});
            }
        }
        return keys;
    }

    /** PostgreSQL reports timestamptz as a plain TIMESTAMP; its type name tells them apart. */
    static String portable(int jdbcType, String typeName, String table) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        return switch (jdbcType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> "integer";
            case Types.BOOLEAN, Types.BIT -> "boolean";
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                    Types.LONGNVARCHAR, Types.NCLOB -> "text";
            case Types.TIMESTAMP_WITH_TIMEZONE -> "timestamptz";
            case Types.TIMESTAMP -> name.contains("tz") || name.contains("with time zone") ? "timestamptz" : "timestamp";
            case Types.DATE -> "date";
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "binary";
            case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.REAL, Types.FLOAT -> "decimal";
            default -> throw new IllegalStateException("no archive type for " + table + " column type " + typeName);
        };
    }
}
