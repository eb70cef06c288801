package dev.augenhoehe.decisions;

import java.util.regex.Pattern;

/**
 * Keeps free text inside its section: a line of user text that would read as a heading or as a
 * "Good, because" item gets a backslash in front on export, and loses exactly one on import. Any number of
 * backslashes before such a line are counted, so the mapping is reversible for every text.
 */
final class MadrText {

    private static final Pattern SPECIAL = Pattern.compile(
            "^\\\\*( {0,3}#| {0,3}[*+-][ \\t]+(Good|Neutral|Bad),?[ \\t]+because|Chosen option:|---\\s*$).*",
            Pattern.CASE_INSENSITIVE);

    private MadrText() {
    }

    static String escape(String text) {
        return java.util.Arrays.stream(text.split("\n", -1))
                .map(line -> SPECIAL.matcher(line).matches() ? "\\" + line : line)
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    static String unescape(String text) {
        return java.util.Arrays.stream(text.split("\n", -1))
                .map(line -> line.startsWith("\\") && SPECIAL.matcher(line).matches() ? line.substring(1) : line)
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** A YAML double-quoted scalar: safe for every character, so no value can add a key or end the front matter. */
    static String yaml(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        out.append("\\u%04x".formatted(c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** A Markdown table cell: no pipe or line break can open a new column or row. */
    static String cell(String value) {
        return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }
}
