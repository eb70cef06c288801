package dev.augenhoehe.operations;

import dev.augenhoehe.operations.ArchiveTables.Column;
import dev.augenhoehe.operations.ArchiveTables.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Erases a client (GDPR Art. 17): every row about the client, found from the schema as {@link ClientRecords} finds
 * them for the export, is deleted, except what a module keeps anonymised through its {@link ClientErasureStep} (the
 * decision log: what was decided and why, without who). One transaction; an audit entry says who erased which
 * client and how much, without the client's name.
 */
@Component
class ClientErasure {

    /** Columns that hold the names and addresses of the client's people, wherever they appear. */
    static final Set<String> PERSONAL_COLUMNS = Set.of("contact_person", "email", "phone", "asked_by", "participants");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CHUNK = 500;

    /** What an erasure would remove and keep, shown before the owner confirms. */
    record Preview(long clientId, String name, Map<String, Integer> removed, Map<String, Integer> kept,
            List<String> identifiers, Map<String, Integer> mentionedElsewhere, Optional<Erasure> erased) {
    }

    /** The audit entry of one erasure. */
    record Erasure(long id, long clientId, Instant erasedAt, String erasedByName, Map<String, Integer> removed,
            Map<String, Integer> kept) {
    }

    /** The client was erased before: nothing is left to erase. */
    static final class AlreadyErased extends RuntimeException {
        AlreadyErased() {
            super("the client was erased before");
        }
    }

    private final DataSource dataSource;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final List<ClientErasureStep> steps;
    private final Clock clock;

    ClientErasure(DataSource dataSource, NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions,
            List<ClientErasureStep> steps) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.steps = List.copyOf(steps);
        this.clock = Clock.systemUTC();
    }

    /** Empty when the client is not in the workspace. */
    Optional<Preview> preview(long workspaceId, long clientId) {
        return transaction.execute(status -> {
            status.setRollbackOnly(); // reads only
            Optional<String> name = name(workspaceId, clientId);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            Found found = find(workspaceId, clientId);
            Map<String, Integer> removed = new LinkedHashMap<>();
            Map<String, Integer> kept = new LinkedHashMap<>();
            found.counts.forEach((table, count) -> {
                if (count > 0) {
                    (keptTables().contains(table) ? kept : removed).put(table, count);
                }
            });
            ErasedClient client = found.client(workspaceId, clientId, 0, "", Instant.now(clock), "");
            return Optional.of(new Preview(clientId, name.get(), removed, kept, client.identifiers(),
                    elsewhere(found, workspaceId, List.of(name.get())), erasure(workspaceId, clientId)));
        });
    }

    /**
     * Erases the client and returns the audit entry's id.
     *
     * @param placeholder what the client is called afterwards, in the eraser's language
     * @throws dev.augenhoehe.system.NotFoundException when the client is not in the workspace
     * @throws AlreadyErased when it was erased before
     */
    long erase(long workspaceId, long clientId, long userId, String userName, String placeholder) {
        return transaction.execute(status -> {
            if (jdbc.update("update client set version = version + 1 where id = :client and workspace_id = :ws",
                    params(workspaceId, clientId)) == 0) { // also locks the row against a second, concurrent erasure
                throw new dev.augenhoehe.system.NotFoundException();
            }
            if (erasure(workspaceId, clientId).isPresent()) {
                throw new AlreadyErased();
            }
            Instant now = Instant.now(clock);
            Found found = find(workspaceId, clientId);
            ErasedClient client = found.client(workspaceId, clientId, userId, userName, now, placeholder);
            for (ClientErasureStep step : steps) {
                step.erase(client);
            }
            Set<String> keeps = keptTables();
            Map<String, Integer> removed = new LinkedHashMap<>();
            Map<String, Integer> kept = new LinkedHashMap<>();
            // rows without an id of their own first, while the conditions that find them still find them
            for (Map.Entry<Table, String> scoped : found.scope.entrySet()) {
                Table table = scoped.getKey();
                if (!keeps.contains(table.name()) && !found.ids.containsKey(table.name())) {
                    count(removed, table.name(), jdbc.update("delete from " + table.name() + " where "
                            + scoped.getValue(), params(workspaceId, clientId)));
                }
            }
            List<Table> childrenFirst = new ArrayList<>(found.scope.keySet());
            java.util.Collections.reverse(childrenFirst);
            for (Table table : childrenFirst) {
                List<Long> ids = found.ids.get(table.name());
                if (ids == null || ids.isEmpty()) {
                    continue;
                }
                if (keeps.contains(table.name())) {
                    kept.put(table.name(), ids.size());
                    continue;
                }
                for (int from = 0; from < ids.size(); from += CHUNK) {
                    List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                    count(removed, table.name(), jdbc.update("delete from " + table.name() + " where id in (:ids)",
                            new MapSqlParameterSource("ids", chunk)));
                }
            }
            return insertAudit(workspaceId, clientId, userId, userName, now, removed, kept);
        });
    }

    /** The workspace's erasures, newest first. */
    List<Erasure> list(long workspaceId) {
        return jdbc.query("select * from client_erasure where workspace_id = :ws order by erased_at desc, id desc",
                new MapSqlParameterSource("ws", workspaceId), (rs, n) -> new Erasure(rs.getLong("id"),
                        rs.getLong("erased_client"), rs.getObject("erased_at", OffsetDateTime.class).toInstant(),
                        rs.getString("erased_by_name"), counts(rs.getString("removed")), counts(rs.getString("kept"))));
    }

    private Optional<Erasure> erasure(long workspaceId, long clientId) {
        return list(workspaceId).stream().filter(e -> e.clientId() == clientId).findFirst();
    }

    private Set<String> keptTables() {
        Set<String> keeps = new HashSet<>();
        steps.forEach(step -> keeps.addAll(step.keeps()));
        return keeps;
    }

    private long insertAudit(long workspaceId, long clientId, long userId, String userName, Instant at,
            Map<String, Integer> removed, Map<String, Integer> kept) {
        MapSqlParameterSource p = params(workspaceId, clientId)
                .addValue("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).addValue("by", userId)
                .addValue("name", userName).addValue("removed", JSON.writeValueAsString(removed))
                .addValue("kept", JSON.writeValueAsString(kept));
        jdbc.update("insert into client_erasure (workspace_id, erased_client, erased_at, erased_by, erased_by_name, "
                + "removed, kept) values (:ws, :client, :at, :by, :name, :removed, :kept)", p);
        return jdbc.queryForObject("select max(id) from client_erasure where workspace_id = :ws and erased_client = :client",
                p, Long.class);
    }

    /** The rows about the client: per table the condition that finds them, and the ids of those that have one. */
    private record Found(List<Table> tables, Map<Table, String> scope, Map<String, List<Long>> ids,
            Map<String, Integer> counts, List<String> names) {

        ErasedClient client(long workspaceId, long clientId, long userId, String userName, Instant at,
                String placeholder) {
            return new ErasedClient(workspaceId, clientId, ids, names, userId, userName, at, placeholder);
        }
    }

    private Found find(long workspaceId, long clientId) {
        List<Table> tables = tables();
        Map<Table, String> scope = ClientRecords.scope(tables);
        Map<String, List<Long>> ids = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        MapSqlParameterSource p = params(workspaceId, clientId);
        for (Map.Entry<Table, String> scoped : scope.entrySet()) {
            Table table = scoped.getKey();
            String where = " from " + table.name() + " where " + scoped.getValue();
            if (table.column("id").isPresent()) {
                List<Long> found = jdbc.queryForList("select id" + where + " order by id", p, Long.class);
                ids.put(table.name(), found);
                counts.put(table.name(), found.size());
            } else {
                counts.put(table.name(), jdbc.queryForObject("select count(*)" + where, p, Integer.class));
            }
            for (Column column : table.columns()) {
                boolean personal = PERSONAL_COLUMNS.contains(column.name())
                        || (table.name().equals("client") && column.name().equals("name"));
                if (personal && column.type().equals("text")) {
                    names.addAll(jdbc.queryForList("select distinct " + column.name() + where + " and "
                            + column.name() + " is not null", p, String.class));
                }
            }
        }
        return new Found(tables, scope, ids, counts, names);
    }

    /** Rows outside the client's own that still name it (another client's notes, a template): for the owner to review. */
    private Map<String, Integer> elsewhere(Found found, long workspaceId, List<String> names) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        Set<String> own = new HashSet<>();
        found.scope.keySet().forEach(t -> own.add(t.name()));
        for (Table table : found.tables()) {
            if (own.contains(table.name()) || table.column(ArchiveTables.WORKSPACE_ID).isEmpty()
                    || ClientRecords.DERIVED.contains(table.name())) {
                continue;
            }
            List<String> conditions = new ArrayList<>();
            MapSqlParameterSource p = new MapSqlParameterSource("ws", workspaceId);
            int n = 0;
            for (Column column : table.columns()) {
                if (!column.type().equals("text")) {
                    continue;
                }
                for (String name : names) {
                    p.addValue("name" + n, "%" + name.toLowerCase(java.util.Locale.ROOT) + "%");
                    conditions.add("lower(" + column.name() + ") like :name" + n++);
                }
            }
            if (!conditions.isEmpty()) {
                int count = jdbc.queryForObject("select count(*) from " + table.name() + " where workspace_id = :ws and ("
                        + String.join(" or ", conditions) + ")", p, Integer.class);
                if (count > 0) {
                    hits.put(table.name(), count);
                }
            }
        }
        return hits;
    }

    private List<Table> tables() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return ArchiveTables.discover(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the schema", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private Optional<String> name(long workspaceId, long clientId) {
        return jdbc.queryForList("select name from client where id = :client and workspace_id = :ws",
                params(workspaceId, clientId), String.class).stream().findFirst();
    }

    private static MapSqlParameterSource params(long workspaceId, long clientId) {
        return new MapSqlParameterSource("ws", workspaceId).addValue("client", clientId);
    }

    private static void count(Map<String, Integer> counts, String table, int rows) {
        if (rows > 0) {
            counts.merge(table, rows, Integer::sum);
        }
    }

    private static Map<String, Integer> counts(String json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Integer>>() {
        });
    }
}
