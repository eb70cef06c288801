package dev.augenhoehe.system;

import java.util.Locale;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * User text (notes, briefs) is stored as typed (Markdown) and turned into HTML only for display: CommonMark first,
 * then a strict allow-list, so a pasted {@code <script>} or {@code javascript:} link never reaches a page.
 * <p>
 * The parser and renderer recurse once per nesting level, so a text of thousands of nested list markers or quotes
 * would overflow the stack and take the whole page down. Such texts (and texts over {@link #MAX_INPUT} characters)
 * are never parsed: they are shown as typed, escaped, under a short note. Any other failure of the parser ends the
 * same way. Ordinary texts, including every text stored before these limits, render exactly as before.
 */
@Component
public class Markdown {

    /** More nesting than any real note or brief needs; thousands of levels is what breaks the parser. */
    public static final int MAX_DEPTH = 24;
    /** Far above every form's own limit; stored texts are never this long unless something went around the forms. */
    public static final int MAX_INPUT = 200_000;
    /** Runs of emphasis markers longer than this nest emphasis inside emphasis; no one writes that on purpose. */
    static final int MAX_DELIMITER_RUN = 64;

    private static final Logger log = LoggerFactory.getLogger(Markdown.class);

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "em", "strong", "code", "pre", "blockquote", "h3", "h4", "h5",
                    "h6", "hr", "a", "del")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelNofollowOnLinks()
            .toFactory();

    private final Parser parser = Parser.builder().build();
    // raw HTML in Markdown is escaped here and then the sanitiser still checks everything that is left
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final MessageSource messages;

    /** Without messages the note over a plain text is English; the application uses the other constructor. */
    public Markdown() {
        this(null);
    }

    @Autowired
    public Markdown(MessageSource messages) {
        this.messages = messages;
    }

    public String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        if (markdown.length() > MAX_INPUT || !withinLimits(markdown)) {
            return plain(markdown);
        }
        try {
            return POLICY.sanitize(renderer.render(parser.parse(markdown)));
        } catch (RuntimeException | StackOverflowError e) {
            // the limits above should make this unreachable; if a new shape of input still breaks the parser,
            // the page shows the text as typed instead of an error page, and the log says what happened once
            log.warn("Markdown could not be rendered ({} characters): {}; shown as plain text", markdown.length(),
                    e.getClass().getSimpleName());
            return plain(markdown);
        }
    }

    /**
     * Counts, per line, the containers that open there (quote markers, list markers, and indentation, which nests
     * lists across lines) and the longest run of emphasis markers. Cheap, one pass, and generous: it only refuses
     * texts that no person writes.
     */
    static boolean withinLimits(String text) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            int depth = 0;
            int indent = 0;
            // leading indentation: each two columns may open one more level of a nested list
            while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                indent += text.charAt(i) == '\t' ? 4 : 1;
                i++;
            }
            depth += indent / 2;
            // container markers at the start of the line, each optionally followed by spaces
            boolean marker = true;
            while (marker && i < length) {
                marker = false;
                char c = text.charAt(i);
                int next = i + 1;
                if (c == '>') {
                    marker = true;
                } else if ((c == '-' || c == '*' || c == '+') && (next >= length || isSpace(text.charAt(next)))) {
                    marker = true;
                } else if (Character.isDigit(c)) {
                    int j = i;
                    while (j < length && j - i < 10 && Character.isDigit(text.charAt(j))) {
                        j++;
                    }
                    if (j < length && (text.charAt(j) == '.' || text.charAt(j) == ')')
                            && (j + 1 >= length || isSpace(text.charAt(j + 1)))) {
                        marker = true;
                        next = j + 1;
                    }
                }
                if (marker) {
                    depth++;
                    i = next;
                    while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                        i++;
                    }
                    if (depth > MAX_DEPTH) {
                        return false;
                    }
                }
            }
            if (depth > MAX_DEPTH) {
                return false;
            }
            // the rest of the line: long runs of emphasis or bracket markers
            int run = 0;
            char runChar = 0;
            while (i < length && text.charAt(i) != '\n') {
                char c = text.charAt(i);
                if (c == '*' || c == '_' || c == '~' || c == '[' || c == ']') {
                    run = c == runChar ? run + 1 : 1;
                    runChar = c;
                    if (run > MAX_DELIMITER_RUN) {
                        return false;
                    }
                } else {
                    run = 0;
                    runChar = 0;
                }
                i++;
            }
            i++;
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** The text as typed, escaped, lines kept, under a note that says why it is not formatted. */
    private String plain(String markdown) {
        StringBuilder html = new StringBuilder(markdown.length() + 200);
        html.append("<p class=\"hint markdown-plain-note\">").append(HtmlUtils.htmlEscape(note())).append("</p><p>");
        String[] lines = markdown.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                html.append("<br>");
            }
            html.append(HtmlUtils.htmlEscape(lines[i]));
        }
        return html.append("</p>").toString();
    }

    private String note() {
        String fallback = "This text is shown as typed: it is too long or too deeply nested to format.";
        if (messages == null) {
            return fallback;
        }
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage("markdown.plain", null, fallback, locale);
    }
}
