package dev.augenhoehe.briefs;

import dev.augenhoehe.knowledge.LiveCheck;
import dev.augenhoehe.knowledge.WorkspaceGlossary;
import dev.augenhoehe.language.Analysis;
import dev.augenhoehe.language.CheckOptions;
import dev.augenhoehe.language.Finding;
import dev.augenhoehe.language.Klartext;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.language.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Klartext on each field of the editor: findings split the text into plain and marked pieces for display, and a
 * summary covers the whole brief (problems, reading ease, reading time). Option texts are checked with the
 * shorter option limits. Each field goes through the knowledge module's {@link LiveCheck}; the marking and the
 * per-brief summary are ours, because they span all fields of one form.
 */
@Component
class BriefCheck {

    /** Longer input is cut before checking: the editor's limits are far below, this only guards the engine. */
    static final int MAX_CHECKED = 20_000;

    /** A piece of a field's text; {@code number} is the finding it marks (1-based), 0 for plain text. */
    record Segment(String text, int number, String severity) {
        public boolean marked() {
            return number > 0;
        }
    }

    record FieldCheck(String field, List<Segment> segments, List<Finding> findings) {
        public long errors() {
            return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        }

        public long warnings() {
            return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        }

        public boolean hasFindings() {
            return !findings.isEmpty();
        }

        /** The HTML id the editor gives this field's check panel. */
        public String panelId() {
            return "check-" + field.replaceAll("[^A-Za-z0-9]", "-");
        }
    }

    record Summary(long errors, long warnings, double readingEase, int readingSeconds, int words) {
        public String readingEaseText() {
            return Double.isNaN(readingEase) ? "–" : String.valueOf(Math.round(readingEase));
        }

        /** Reading time in whole minutes, at least one once there is any text. */
        public int readingMinutes() {
            return words == 0 ? 0 : Math.max(1, (readingSeconds + 59) / 60);
        }

        public boolean hard() {
            return !Double.isNaN(readingEase) && readingEase < CheckOptions.DEFAULT_READABILITY_THRESHOLD;
        }
    }

    private final WorkspaceGlossary glossary;
    private final LiveCheck live;

    BriefCheck(WorkspaceGlossary glossary, LiveCheck live) {
        this.glossary = glossary;
        this.live = live;
    }

    /** The fields the editor checks, by form path, in page order. */
    static Map<String, String> fields(BriefForm form) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("context", form.context());
        for (int i = 0; i < form.options().size(); i++) {
            BriefForm.OptionForm o = form.options().get(i);
            String p = "options[" + i + "].";
            fields.put(p + "meaning", o.meaning());
            fields.put(p + "pros", o.pros());
            fields.put(p + "cons", o.cons());
            fields.put(p + "leadsTo", o.leadsTo());
            fields.put(p + "riskReason", o.riskReason());
        }
        fields.put("reasons", form.reasons());
        fields.put("noRecommendationBecause", form.noRecommendationBecause());
        fields.put("revisitIf", form.revisitIf());
        fields.put("knowhow", form.knowhow());
        return fields;
    }

    FieldCheck check(long workspaceId, String field, String text, Language language, Language ui) {
        int max = Math.min(MAX_CHECKED, live.maxLength());
        String t = text == null ? "" : text.length() > max ? text.substring(0, max) : text;
        CheckOptions.Scope scope = field.startsWith("options[") ? CheckOptions.Scope.OPTION
                : CheckOptions.Scope.REPLY;
        // the knowledge module's live check: same engine, options and workspace glossary as its own editor panel
        Analysis a = live.check(workspaceId, t, language, scope, ui).analysis();
        return new FieldCheck(field, segments(t, a.findings()), a.findings());
    }

    Map<String, FieldCheck> checkAll(long workspaceId, BriefForm form, Language language, Language ui) {
        Map<String, FieldCheck> checks = new LinkedHashMap<>();
        fields(form).forEach((field, text) -> checks.put(field, check(workspaceId, field, text, language, ui)));
        return checks;
    }

    Summary summary(long workspaceId, BriefForm form, Map<String, FieldCheck> checks, Language language,
            Language ui) {
        String all = String.join("\n\n", fields(form).values().stream().filter(s -> !s.isBlank()).toList());
        if (all.length() > MAX_CHECKED * 3) {
            all = all.substring(0, MAX_CHECKED * 3);
        }
        Analysis whole = Klartext.standard().analyze(all, language, options(workspaceId, ui));
        long errors = checks.values().stream().mapToLong(FieldCheck::errors).sum();
        long warnings = checks.values().stream().mapToLong(FieldCheck::warnings).sum();
        return new Summary(errors, warnings, whole.scores().readingEase(), whole.scores().readingTimeSeconds(),
                whole.statistics().words());
    }

    private CheckOptions options(long workspaceId, Language ui) {
        return CheckOptions.defaults().withUi(ui).withWorkspaceTerms(glossary.workspaceTerms(workspaceId));
    }

    /** Plain and marked pieces; overlapping findings mark only where they start first (all are listed). */
    static List<Segment> segments(String text, List<Finding> findings) {
        List<Segment> out = new ArrayList<>();
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start));
        int cursor = 0;
        for (Finding f : sorted) {
            int start = Math.min(f.start(), text.length());
            int end = Math.min(f.end(), text.length());
            if (start < cursor || end <= start) {
                continue;
            }
            if (start > cursor) {
                out.add(new Segment(text.substring(cursor, start), 0, ""));
            }
            out.add(new Segment(text.substring(start, end), findings.indexOf(f) + 1, f.severity().id()));
            cursor = end;
        }
        if (cursor < text.length()) {
            out.add(new Segment(text.substring(cursor), 0, ""));
        }
        return out;
    }
}
