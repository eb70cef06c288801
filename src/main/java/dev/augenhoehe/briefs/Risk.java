package dev.augenhoehe.briefs;

import java.util.Locale;

/** How much can go wrong with an option. Stored and exchanged with templates as "low", "medium", "high". */
public enum Risk {
    LOW, MEDIUM, HIGH;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The risk for "low"/"medium"/"high" in any case, or null for anything else (not set yet). */
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
