package dev.augenhoehe.knowledge;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.language.CheckOptions.Scope;
import dev.augenhoehe.language.Finding;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.language.Scores;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The live check: {@code POST /klartext/check} answers an editor's htmx call with the findings fragment, a script
 * with JSON ({@code Accept: application/json}) and a browser without JavaScript with the whole page. The page
 * {@code /klartext} lets a consultant paste any reply and check it.
 */
@Controller
class KlartextController {

    static final String VIEW = "knowledge/klartext";
    static final String RESULT = VIEW + " :: result";
    private static final Pattern PANEL = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

    private final LiveCheck liveCheck;
    private final KlartextPanel panel;
    private final MessageSource messages;

    KlartextController(LiveCheck liveCheck, KlartextPanel panel, MessageSource messages) {
        this.liveCheck = liveCheck;
        this.panel = panel;
        this.messages = messages;
    }

    /** What the form sent, checked by hand so each problem gets its own plain message. */
    record Request(String text, Language language, Scope scope, String panel, String error, Object[] errorArgs) {

        static Request of(String text, String lang, String scope, String panel, int maxLength) {
            String t = text == null ? "" : text;
            String p = panel != null && PANEL.matcher(panel).matches() ? panel : "kt";
            String l = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT);
            String s = scope == null ? "" : scope.strip().toLowerCase(Locale.ROOT);
            Language language = Language.parse(l);
            Scope sc = s.equals("option") ? Scope.OPTION : Scope.REPLY;
            if (t.length() > maxLength) {
                return new Request("", language, sc, p, "knowledge.klartext.tooLong",
                        // numbers, not text: the message formats them per locale (20.000 in German, 20,000 in English)
                        new Object[] {t.length(), maxLength});
            }
            if (!(l.isEmpty() || l.equals("auto") || language != null && (l.equals("de") || l.equals("en")))) {
                return new Request(t, null, sc, p, "knowledge.klartext.badLanguage", new Object[0]);
            }
            if (!(s.isEmpty() || s.equals("reply") || s.equals("option"))) {
                return new Request(t, language, Scope.REPLY, p, "knowledge.klartext.badScope", new Object[0]);
            }
            return new Request(t, language, sc, p, null, new Object[0]);
        }

        String langValue() {
            return language == null ? "auto" : language.code();
        }

        String scopeValue() {
            return scope == Scope.OPTION ? "option" : "reply";
        }
    }

    @GetMapping("/klartext")
    String page(Model model) {
        KlartextPanel.model(model, Request.of("", "auto", "reply", "kt-main", liveCheck.maxLength()));
        return VIEW;
    }

    @PostMapping(value = "/klartext/check", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Object> checkJson(@AuthenticationPrincipal SignedInUser user, CheckParams params, Locale locale) {
        Request request = Request.of(params.text(), params.lang(), params.scope(), null, liveCheck.maxLength());
        if (request.error() != null) {
            return ResponseEntity.badRequest().body(Map.of("error",
                    messages.getMessage(request.error(), request.errorArgs(), locale)));
        }
        CheckResult result = panel.check(user, request, panel.context(user, params));
        return ResponseEntity.ok(json(result));
    }

    @PostMapping("/klartext/check")
    String check(@AuthenticationPrincipal SignedInUser user, CheckParams params,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-Current-URL", required = false) String page, Model model) {
        panel.fill(user, params, htmx != null, page, model);
        return htmx != null ? RESULT : VIEW;
    }

    /** Longest question and most terms an editor may send along; beyond that they are cut, never refused. */
    static final int MAX_QUESTION = 2_000;
    static final int MAX_EXPLAINED = 200;

    /** The editor's context for the check: the client's question, and terms it explains in other fields. */
    static LiveCheck.Context context(String question, String explained) {
        String q = question == null || question.isBlank() ? null
                : question.length() > MAX_QUESTION ? question.substring(0, MAX_QUESTION) : question;
        java.util.Set<String> terms = explained == null ? java.util.Set.of()
                : java.util.Arrays.stream(explained.split(",")).map(String::strip)
                        .filter(t -> !t.isEmpty() && t.length() <= 80).limit(MAX_EXPLAINED)
                        .collect(java.util.stream.Collectors.toSet());
        return new LiveCheck.Context(q, terms);
    }

    /** The same content as the fragment, with the CLI's field names. */
    static Map<String, Object> json(CheckResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lang", result.analysis().language().code());
        List<Map<String, Object>> findings = result.findings().stream().map(KlartextController::finding).toList();
        out.put("findings", findings);
        Scores s = result.analysis().scores();
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("readingEase", number(s.readingEase()));
        scores.put("wienerSachtextformel", number(s.wienerSachtextformel()));
        scores.put("fleschKincaidGrade", number(s.fleschKincaidGrade()));
        scores.put("lix", number(s.lix()));
        scores.put("readingTimeSeconds", s.readingTimeSeconds());
        scores.put("readerWords", s.readerWords());
        scores.put("selfWords", s.selfWords());
        scores.put("readability", result.readability());
        out.put("scores", scores);
        Map<String, Integer> counts = new LinkedHashMap<>();
        result.counts().forEach((category, count) -> counts.put(category.id(), count));
        out.put("counts", counts);
        out.put("words", result.analysis().statistics().words());
        out.put("sentences", result.analysis().statistics().sentences());
        return out;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("category", f.categoryId());
        m.put("rule", f.rule());
        m.put("severity", f.severity().id());
        m.put("start", f.start());
        m.put("end", f.end());
        m.put("line", f.line());
        m.put("column", f.column());
        m.put("text", f.text());
        m.put("message", f.message());
        m.put("suggestion", f.suggestion());
        return m;
    }

    /** JSON has no NaN: a score that does not apply is null. */
    private static Double number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : Math.round(value * 10) / 10.0;
    }
}
