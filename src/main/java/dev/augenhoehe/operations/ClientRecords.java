package dev.augenhoehe.operations;

import dev.augenhoehe.operations.ArchiveTables.Column;
import dev.augenhoehe.operations.ArchiveTables.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Everything stored about one client (GDPR Art. 15 and 20): the client's row and every row that refers to it,
 * directly or through its engagements, conversations, questions, briefs, shares and decisions. Found from the schema
 * like the backup: a column named after what it refers to (below) or a foreign key, so a new table that refers to
 * a client's engagement is in the export without a change here. Always within the client's workspace.
 */
class ClientRecords {

    /** Columns that refer to another table's id without a foreign key (ids across module boundaries). */
    static final Map<String, String> REFERENCES = Map.of(
            "client_id", "client",
            "engagement_id", "engagement",
            "conversation_id", "conversation",
            "question_id", "client_question",
            "brief_id", "brief",
            "share_id", "client_share",
            "share_version_id", "client_share_version",
            "decision_id", "decision",
            "origin_response_id", "client_response");

    /** Derived data, rebuilt from the rows above: not personal data of its own. */
    static final List<String> DERIVED = List.of("knowledge_search_document");

    /** One table's rows about the client, values as the archive writes them. */
    record Rows(String table, List<String> columns, List<Map<String, Object>> rows) {
    }

    private final DataSource dataSource;

    ClientRecords(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Empty when the client is not in the workspace (as if it did not exist). */
    List<Rows> of(long workspaceId, long clientId) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            if (!exists(connection, workspaceId, clientId)) {
                return List.of();
            }
            List<Rows> found = new ArrayList<>();
            for (Map.Entry<Table, String> scoped : scope(ArchiveTables.discover(connection)).entrySet()) {
                found.add(read(connection, scoped.getKey(), scoped.getValue(), workspaceId, clientId));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the client's records", e);
        }
    }

    /** Each table that belongs to the client, with the condition that finds its rows ({@code :ws}, {@code :client}). */
    static Map<Table, String> scope(List<Table> tables) {
        Map<String, String> where = new LinkedHashMap<>();
        where.put("client", "id = :client");
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Table table : tables) {
                if (where.containsKey(table.name()) || DERIVED.contains(table.name())
                        || table.name().equals(ArchiveTables.WORKSPACE)) {
                    continue;
                }
                List<String> conditions = new ArrayList<>();
                for (Column column : table.columns()) {
                    String target = REFERENCES.get(column.name());
                    if (target != null && where.containsKey(target) && !target.equals(table.name())) {
                        conditions.add(column.name() + " in (select id from " + target + " where " + where.get(target) + ")");
                    }
                }
                if (table.parent() != null && where.containsKey(table.parent())) {
                    conditions.add(table.foreignKey() + " in (select " + table.parentKey() + " from " + table.parent()
                            + " where " + where.get(table.parent()) + ")");
                }
                if (!conditions.isEmpty()) {
                    where.put(table.name(), "(" + String.join(" or ", conditions) + ")");
                    progress = true;
                }
            }
        }
        Map<Table, String> scoped = new LinkedHashMap<>();
        for (Table table : tables) {
            if (where.containsKey(table.name())) {
                boolean inWorkspace = table.column(ArchiveTables.WORKSPACE_ID).isPresent();
                scoped.put(table, where.get(table.name()) + (inWorkspace ? " and workspace_id = :ws" : ""));
            }
        }
        return scoped;
    }

    private static Rows read(Connection connection, Table table, String where, long workspaceId, long clientId)
            throws SQLException {
        // the nested conditions repeat :client and :ws; bind them positionally in order of appearance
        List<Long> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        String full = "select * from " + table.name() + " where " + where + " order by "
                + (table.primaryKey().isEmpty() ? table.columns().get(0).name() : String.join(", ", table.primaryKey()));
        for (int i = 0; i < full.length(); ) {
            if (full.startsWith(":client", i)) {
                sql.append('?');
                values.add(clientId);
                i += ":client".length();
            } else if (full.startsWith(":ws", i)) {
                sql.append('?');
                values.add(workspaceId);
                i += ":ws".length();
            } else {
                sql.append(full.charAt(i++));
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                select.setLong(i + 1, values.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (Column column : table.columns()) {
                        row.put(column.name(), Archive.read(rs, rs.findColumn(column.name()), column.type()));
                    }
                    rows.add(row);
                }
            }
        }
        return new Rows(table.name(), table.columns().stream().map(Column::name).toList(),
                Collections.unmodifiableList(rows));
    }

    private static boolean exists(Connection connection, long workspaceId, long clientId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select count(*) from client where id = ? and workspace_id = ?")) {
            select.setLong(1, clientId);
            select.setLong(2, workspaceId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }
}
