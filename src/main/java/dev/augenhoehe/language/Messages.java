package dev.augenhoehe.language;

import java.util.Map;
import java.util.ResourceBundle;

/**
 * Finding texts from {@code language/messages*.properties} (UTF-8). Placeholders are {@code {name}}, replaced
 * literally, so apostrophes need no MessageFormat escaping. A rule without its own key falls back to its
 * category's key.
 */
final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle EN = ResourceBundle.getBundle("language.messages",
            java.util.Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle DE = ResourceBundle.getBundle("language.messages",
            java.util.Locale.GERMAN, NO_FALLBACK);

    private Messages() {
    }

    static String text(Language ui, String rule, Category category, String part, Map<String, String> args) {
        ResourceBundle b = ui == Language.DE ? DE : EN;
        String template = get(b, rule + "." + part);
        if (template == null) {
            template = get(b, category.id() + "." + part);
        }
        if (template == null) {
            return rule;
        }
        String out = template;
        for (Map.Entry<String, String> e : args.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    /** Asks first: most rules fall back to their category's key, and a thrown exception per finding was costly. */
    private static String get(ResourceBundle b, String key) {
        return b.containsKey(key) ? b.getString(key) : null;
    }
}
