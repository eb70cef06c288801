package dev.augenhoehe.decisions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changes as JSON: an entry stores only the fields it changed; folding the entries in order gives the current
 * state. Lenient on read, so a field added later does not break old entries.
 */
final class FieldsJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private FieldsJson() {
    }

    static Map<String, Object> map(DecisionFields fields) {
        return JSON.convertValue(fields, MAP);
    }

    /** The fields that differ, as a JSON object ("{}" when nothing changed). */
    static String diff(DecisionFields before, DecisionFields after) {
        Map<String, Object> old = map(before);
        Map<String, Object> changed = new LinkedHashMap<>();
        map(after).forEach((key, value) -> {
            if (!Objects.equals(old.get(key), value)) {
                changed.put(key, value);
            }
        });
        return JSON.writeValueAsString(changed);
    }

    static String write(Map<String, Object> changes) {
        return JSON.writeValueAsString(changes);
    }

    static Map<String, Object> changes(String json) {
        return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, MAP);
    }

    static DecisionFields apply(DecisionFields state, String json) {
        Map<String, Object> changes = changes(json);
        if (changes.isEmpty()) {
            return state;
        }
        Map<String, Object> merged = map(state);
        merged.putAll(changes);
        return JSON.convertValue(merged, DecisionFields.class);
    }
}
