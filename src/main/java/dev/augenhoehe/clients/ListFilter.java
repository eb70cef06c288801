package dev.augenhoehe.clients;

import java.util.Locale;
import java.util.Map;

/**
 * The query string of a list page, read leniently: a broken value ({@code ?page=abc}, an unknown status) falls
 * back to the default instead of failing the page.
 */
record ListFilter(String q, boolean archived, int page, EngagementStatus status) {

    static ListFilter from(Map<String, String> params) {
        String q = params.getOrDefault("q", "").strip();
        if (q.length() > 200) {
            q = q.substring(0, 200);
        }
        return new ListFilter(q, "true".equals(params.get("archived")), number(params.get("page")),
                status(params.get("status")));
    }

    private static int number(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static EngagementStatus status(String value) {
        try {
            return value == null || value.isBlank() ? null : EngagementStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
