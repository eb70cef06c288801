package dev.augenhoehe.briefs;

import dev.augenhoehe.knowledge.CheckResult;
import dev.augenhoehe.knowledge.LiveCheck;
import dev.augenhoehe.language.CheckOptions;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.language.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Klartext on each field of a brief, through the knowledge module's {@link LiveCheck}: the same check, result and
 * panel as every other editor (while typing, klartext.js re-checks only the field that changed). Option texts are
 * checked with the shorter option limits. The summary adds up the fields.
 */
@Component
class BriefCheck {

    /** Problems and reading time over all fields of one brief. */
    record Summary(long errors, long warnings, int readingSeconds, int words) {

        /** Reading time in whole minutes, at least one once there is any text. */
        public int readingMinutes() {
            return words == 0 ? 0 : Math.max(1, (readingSeconds + 59) / 60);
        }
    }

    private final LiveCheck live;

    BriefCheck(LiveCheck live) {
        this.live = live;
    }

    /** The panel id of a field ({@code options[1].pros} → {@code kt-options-1-pros}). */
    static String panelId(String field) {
        return "kt-" + field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    static CheckOptions.Scope scope(String field) {
        return field.startsWith("options[") ? CheckOptions.Scope.OPTION : CheckOptions.Scope.REPLY;
    }

    /**
     * Every prose field of the content, checked, by form path in page order. A term explained in one field (or in
     * the know-how box) counts as explained in all of them, a monologue is judged against the client's question, and
     * findings dismissed for the client (null: none known) stay silent.
     */
    Map<String, CheckResult> checkAll(long workspaceId, BriefContent content, Language ui, String question,
            Set<String> knowhowTerms, Long clientId) {
        Map<String, CheckResult> first = check(workspaceId, content, ui,
                new LiveCheck.Context(question, Set.of(), clientId));
        LiveCheck.Context context = new LiveCheck.Context(question, explained(first, knowhowTerms), clientId);
        return context.explainedTerms().isEmpty() ? first : check(workspaceId, content, ui, context);
    }

    /** The terms the brief explains somewhere: in a field's text, or in the know-how box. */
    static Set<String> explained(Map<String, CheckResult> checks, Set<String> knowhowTerms) {
        Set<String> terms = new TreeSet<>(knowhowTerms);
        checks.values().forEach(c -> terms.addAll(c.analysis().explainedTerms()));
        return terms;
    }

    private Map<String, CheckResult> check(long workspaceId, BriefContent content, Language ui,
            LiveCheck.Context context) {
        Map<String, CheckResult> checks = new LinkedHashMap<>();
        int max = live.maxLength();
        content.proseFields().forEach((field, text) -> checks.put(field, live.check(workspaceId,
                text.length() > max ? text.substring(0, max) : text, content.language(), scope(field), ui,
                Set.of(), context)));
        return checks;
    }

    static Summary summary(Map<String, CheckResult> checks) {
        long errors = 0;
        long warnings = 0;
        int seconds = 0;
        int words = 0;
        for (CheckResult c : checks.values()) {
            errors += c.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
            warnings += c.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
            seconds += c.analysis().scores().readingTimeSeconds();
            words += c.analysis().statistics().words();
        }
        return new Summary(errors, warnings, seconds, words);
    }
}
