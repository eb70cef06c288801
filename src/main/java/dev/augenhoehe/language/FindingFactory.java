package dev.augenhoehe.language;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Builds findings with line/column, the matched text and messages in the UI language. */
final class FindingFactory {

    private static final int MAX_FINDING_TEXT = 300;

    private final String text;
    private final Language ui;
    private int[] lineStarts;

    FindingFactory(String text, Language ui) {
        this.text = text;
        this.ui = ui;
    }

    Finding create(Category category, String rule, Severity severity, int start, int end,
                   Map<String, String> extraArgs, String suggestion) {
        return create(category, rule, severity, start, end, extraArgs, suggestion, "");
    }

    Finding create(Category category, String rule, Severity severity, int start, int end,
                   Map<String, String> extraArgs, String suggestion, String subject) {
        // only the shown part is copied: a whole-text finding of a 10 MB text would copy it all
        String shown = end - start > MAX_FINDING_TEXT ? text.substring(start, start + MAX_FINDING_TEXT) + "…"
                : text.substring(start, end);
        Map<String, String> args = new HashMap<>(extraArgs);
        args.putIfAbsent("text", shown.length() > 60 ? shown.substring(0, 60) + "…" : shown);
        String message = Messages.text(ui, rule, category, "message", args);
        String sugg = suggestion != null ? suggestion : Messages.text(ui, rule, category, "suggestion", args);
        int line = lineOf(start);
        int column = start - lineStarts[line - 1] + 1;
        return new Finding(category, rule, severity, start, end, line, column, shown, message, sugg, subject);
    }

    /** The span lower-cased with white space collapsed: the subject of a phrase finding. */
    String normalizedText(int start, int end) {
        return text.substring(start, Math.min(end, start + 200)).strip().replaceAll("\\s+", " ")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private int lineOf(int offset) {
        if (lineStarts == null) {
            int[] starts = new int[16];
            int n = 1; // starts[0] = 0
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
            lineStarts = Arrays.copyOf(starts, n);
        }
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }
}
