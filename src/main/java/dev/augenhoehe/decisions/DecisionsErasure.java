package dev.augenhoehe.decisions;

import dev.augenhoehe.operations.ClientErasureStep;
import dev.augenhoehe.operations.ErasedClient;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An erased client's decisions stay, as a skeleton: what was decided and why, without who. The people fields
 * (decision makers, consulted, informed) are emptied in every history entry, every name and address of the client
 * in the remaining text is replaced, the links to the deleted question, brief and answer are dropped, and a last
 * entry says that and when this happened. The only place where history entries are rewritten: the law asks for it.
 */
@Component
class DecisionsErasure implements ClientErasureStep {

    /** The fields that name people. */
    static final Set<String> WHO = Set.of("decisionMakers", "consulted", "informed");

    private final JdbcClient jdbc;

    DecisionsErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> keeps() {
        return Set.of("decision", "decision_entry");
    }

    @Override
    public void erase(ErasedClient client) {
        List<Long> decisions = client.ids("decision");
        if (decisions.isEmpty()) {
            return;
        }
        List<Map<String, Object>> entries = jdbc.sql("select id, changes, note from decision_entry "
                        + "where workspace_id = :ws and decision_id in (:ids) order by id")
                .param("ws", client.workspaceId()).param("ids", decisions).query().listOfRows();
        List<String> people = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            Map<String, Object> changes = FieldsJson.changes((String) entry.get("changes"));
            WHO.forEach(field -> {
                if (changes.get(field) instanceof String names) {
                    people.addAll(List.of(names.split("[,;]")));
                }
            });
        }
        ErasedClient erased = client.alsoRemoving(people);
        for (Map<String, Object> entry : entries) {
            Map<String, Object> changes = new LinkedHashMap<>(FieldsJson.changes((String) entry.get("changes")));
            changes.replaceAll((field, value) -> WHO.contains(field) ? "" : scrub(erased, value));
            jdbc.sql("update decision_entry set changes = :changes, note = :note, brief_id = null, "
                            + "brief_version = null where id = :id")
                    .param("changes", FieldsJson.write(changes))
                    .param("note", erased.scrub((String) entry.get("note"))).param("id", entry.get("id")).update();
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(client.erasedAt(), ZoneOffset.UTC);
        for (long decision : decisions) {
            jdbc.sql("update decision set question_id = null, origin_response_id = null, updated_at = :at, "
                            + "version = version + 1 where id = :id and workspace_id = :ws")
                    .param("at", at).param("id", decision).param("ws", client.workspaceId()).update();
            jdbc.sql("insert into decision_entry (workspace_id, decision_id, kind, recorded_at, by_user, by_name, "
                            + "changes, note) values (:ws, :decision, :kind, :at, :by, :name, '{}', '')")
                    .param("ws", client.workspaceId()).param("decision", decision)
                    .param("kind", EntryKind.ANONYMISED.name()).param("at", at).param("by", client.erasedBy())
                    .param("name", client.erasedByName()).update();
        }
    }

    private static Object scrub(ErasedClient client, Object value) {
        if (value instanceof String text) {
            return client.scrub(text);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> scrub(client, item)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> scrubbed = new LinkedHashMap<>();
            map.forEach((k, v) -> scrubbed.put(k, scrub(client, v)));
            return scrubbed;
        }
        return value;
    }
}
