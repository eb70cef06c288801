package dev.augenhoehe.knowledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much can go wrong with an option. Written as "low", "medium", "high" in templates and published versions. */
public enum Risk {
    LOW, MEDIUM, HIGH;

    /** The lower-case id used in JSON and in message keys ({@code briefs.risk.low}). */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The risk for "low"/"medium"/"high" in any case, or null for anything else (not set yet). */
    @JsonCreator
    public static Risk parse(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "low" -> LOW;
            case "medium" -> MEDIUM;
            case "high" -> HIGH;
            default -> null;
        };
    }
}
