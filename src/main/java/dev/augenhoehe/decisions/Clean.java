package dev.augenhoehe.decisions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The normal form of every text in a decision: the same text always looks the same, so an exported file read back
 * gives the same decision and the same file again.
 */
final class Clean {

    static final int MAX_ITEMS = 50;

    private Clean() {
    }

    /** Multi-line text: unified line ends, no control characters except tab and newline, trimmed. */
    static String text(String value, int max) {
        if (value == null) {
            return "";
        }
        String t = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(Math.min(t.length(), max));
        t.codePoints().filter(c -> c == '\n' || c == '\t' || !(Character.isISOControl(c) || c == 0xFEFF
                || c == 0x2028 || c == 0x2029)).forEach(out::appendCodePoint);
        // trailing blanks on a line are invisible and Markdown drops them: strip them so files stay stable
        String stripped = out.toString().replaceAll("[ \\t]+\n", "\n").strip();
        return stripped.length() > max ? stripped.substring(0, max).strip() : stripped;
    }

    /** One line: line breaks and tabs become spaces, runs of spaces become one. */
    static String line(String value, int max) {
        return text(value, max * 2).replaceAll("\\s+", " ").transform(s -> s.length() > max ? s.substring(0, max)
                : s).strip();
    }

    /** List items: each one line, empty ones dropped, at most {@link #MAX_ITEMS}. */
    static List<String> items(Collection<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                String item = line(v, DecisionFields.MAX_LINE * 5);
                if (!item.isEmpty() && out.size() < MAX_ITEMS) {
                    out.add(item);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Tags: one word-ish line each, lower case, no commas, no duplicates. */
    static List<String> tags(Collection<String> values) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (values != null) {
            for (String v : values) {
                String tag = line(v == null ? "" : v.replace(',', ' ').replace('"', ' '), 40)
                        .toLowerCase(java.util.Locale.ROOT);
                if (!tag.isEmpty() && out.size() < 20) {
                    out.add(tag);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Splits free text into items: one per line, list markers removed. For brief pros and cons and form fields. */
    static List<String> splitItems(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String line : text.replace("\r", "").split("\n")) {
            String item = line.strip().replaceFirst("^([*+-]|\\d+[.)])\\s+", "");
            if (!item.isEmpty()) {
                out.add(item);
            }
        }
        return items(out);
    }
}
