package dev.augenhoehe.briefs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Small text helpers shared by the brief's records. */
final class Texts {

    private Texts() {
    }

    static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    /** Words as the publishing rules count them: runs of letters or digits. */
    static int words(String text) {
        String t = clean(text);
        if (t.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (String part : t.split("[^\\p{L}\\p{N}]+")) {
            if (!part.isEmpty()) {
                count++;
            }
        }
        return count;
    }

    /** Term ids are stored comma-separated; ids are slugs, so they never contain a comma. */
    static List<String> ids(String joined) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (joined != null) {
            for (String part : joined.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return new ArrayList<>(out);
    }

    static String join(List<String> ids) {
        String joined = String.join(",", new LinkedHashSet<>(ids));
        // the column holds 2000 characters; a brief never needs that many terms, so drop the overflow
        while (joined.length() > 2000 && joined.contains(",")) {
            joined = joined.substring(0, joined.lastIndexOf(','));
        }
        return joined.length() > 2000 ? "" : joined;
    }
}
