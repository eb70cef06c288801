package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * A brief's draft becomes one JSON value of the same shape as a published version (BriefContent), instead of a
 * row of columns plus one row per option; the know-how term choices become lists instead of comma-joined ids.
 * Written with plain maps, so this migration keeps working when the Java types move on. Same on H2 and PostgreSQL.
 */
public class V6_2__brief_content_as_json extends BaseJavaMigration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("alter table brief add column content text");
            s.execute("alter table brief add column knowhow_choices text");
        }
        Map<Long, List<Map<String, Object>>> options = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select brief_id, name, meaning, pros, cons, leads_to, effort, cost, time_needed, risk, risk_reason"
                        + " from brief_option order by brief_id, option_index")) {
            while (r.next()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("name", r.getString("name"));
                o.put("meaning", r.getString("meaning"));
                o.put("pros", r.getString("pros"));
                o.put("cons", r.getString("cons"));
                o.put("leadsTo", r.getString("leads_to"));
                o.put("effort", r.getString("effort"));
                o.put("cost", r.getString("cost"));
                o.put("time", r.getString("time_needed"));
                String risk = r.getString("risk");
                o.put("risk", risk == null || risk.isBlank() ? null : risk);
                o.put("riskReason", r.getString("risk_reason"));
                options.computeIfAbsent(r.getLong("brief_id"), k -> new ArrayList<>()).add(o);
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select id, language, context, recommendation, no_recommendation_because, reasons, revisit_if,"
                        + " knowhow, added_terms, removed_terms from brief");
                PreparedStatement update = c.prepareStatement(
                        "update brief set content = ?, knowhow_choices = ? where id = ?")) {
            while (r.next()) {
                long id = r.getLong("id");
                Map<String, Object> content = new LinkedHashMap<>();
                content.put("question", "");
                content.put("language", r.getString("language"));
                content.put("context", r.getString("context"));
                content.put("options", options.getOrDefault(id, List.of()));
                int recommendation = r.getInt("recommendation");
                content.put("recommendation", r.wasNull() ? null : recommendation);
                content.put("noRecommendationBecause", r.getString("no_recommendation_because"));
                content.put("reasons", r.getString("reasons"));
                content.put("revisitIf", r.getString("revisit_if"));
                content.put("knowhow", r.getString("knowhow"));
                content.put("terms", List.of());
                Map<String, Object> choices = new LinkedHashMap<>();
                choices.put("added", ids(r.getString("added_terms")));
                choices.put("removed", ids(r.getString("removed_terms")));
                update.setString(1, JSON.writeValueAsString(content));
                update.setString(2, JSON.writeValueAsString(choices));
                update.setLong(3, id);
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("drop table brief_option");
            for (String column : List.of("language", "context", "recommendation", "no_recommendation_because",
                    "reasons", "revisit_if", "knowhow", "added_terms", "removed_terms")) {
                s.execute("alter table brief drop column " + column);
            }
            s.execute("alter table brief alter column content set not null");
            s.execute("alter table brief alter column knowhow_choices set not null");
        }
    }

    private static List<String> ids(String joined) {
        List<String> out = new ArrayList<>();
        if (joined != null) {
            for (String part : joined.split(",")) {
                if (!part.isBlank() && !out.contains(part.strip())) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }
}
