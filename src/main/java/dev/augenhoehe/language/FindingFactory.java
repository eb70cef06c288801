package dev.augenhoehe.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
        String written = text.substring(start, end);
        String shown = written.length() > MAX_FINDING_TEXT ? written.substring(0, MAX_FINDING_TEXT) + "…" : written;
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
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
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
