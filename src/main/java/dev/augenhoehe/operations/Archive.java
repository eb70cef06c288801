package dev.augenhoehe.operations;

import dev.augenhoehe.operations.ArchiveTables.Column;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The archive's format, version 1 (docs/operations.md): a zip with {@code tables/NAME.jsonl} (one JSON object per
 * row, columns by name) and {@code manifest.json} (format, version, schema version, workspace, and per table its
 * columns with portable types, row count and SHA-256 of its file). Values are written so that H2 and PostgreSQL
 * read them back alike: times as ISO-8601 in UTC, binary as Base64, decimals as strings.
 */
final class Archive {

    static final String FORMAT = "augenhoehe-archive";
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";

    record TableEntry(String name, List<Column> columns, long rows, String sha256) {

        String file() {
            return "tables/" + name + ".jsonl";
        }
    }

    record Manifest(String format, int formatVersion, String schemaVersion, String createdAt, String database,
            long workspaceId, String workspaceName, List<TableEntry> tables) {
    }

    private Archive() {
    }

    /** A column's value as the archive writes it, or null. */
    static Object read(ResultSet row, int index, String type) throws SQLException {
        Object value = switch (type) {
            case "integer" -> row.getLong(index);
            case "boolean" -> row.getBoolean(index);
            case "text" -> row.getString(index);
            case "timestamptz" -> {
                OffsetDateTime at = row.getObject(index, OffsetDateTime.class);
                yield at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC).toString();
            }
            case "timestamp" -> {
                LocalDateTime at = row.getObject(index, LocalDateTime.class);
                yield at == null ? null : at.toString();
            }
            case "date" -> {
                LocalDate day = row.getObject(index, LocalDate.class);
                yield day == null ? null : day.toString();
            }
            case "binary" -> {
                byte[] bytes = row.getBytes(index);
                yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
            case "decimal" -> {
                BigDecimal number = row.getBigDecimal(index);
                yield number == null ? null : number.toPlainString();
            }
            default -> throw new IllegalStateException("unknown archive type " + type);
        };
        return row.wasNull() ? null : value;
    }

    /** Binds an archived value to an insert; {@code sqlType} is the target column's own type, for nulls. */
    static void bind(PreparedStatement insert, int index, String type, JsonNode value, int sqlType) throws SQLException {
        if (value == null || value.isNull()) {
            insert.setNull(index, sqlType == Types.OTHER ? Types.VARCHAR : sqlType);
            return;
        }
        switch (type) {
            case "integer" -> insert.setLong(index, value.asLong());
            case "boolean" -> insert.setBoolean(index, value.asBoolean());
            case "text" -> insert.setString(index, value.asString());
            case "timestamptz" -> insert.setObject(index, OffsetDateTime.parse(value.asString()));
            case "timestamp" -> insert.setObject(index, LocalDateTime.parse(value.asString()));
            case "date" -> insert.setObject(index, LocalDate.parse(value.asString()));
            case "binary" -> insert.setBytes(index, Base64.getDecoder().decode(value.asString()));
            case "decimal" -> insert.setBigDecimal(index, new BigDecimal(value.asString()));
            default -> throw new ArchiveProblem("operations.restore.damaged");
        }
    }
}
