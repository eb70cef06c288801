package dev.augenhoehe.briefs;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Brief texts are stored as typed (CommonMark) and become HTML only for display. Raw HTML in the Markdown is
 * escaped by the renderer, and the result still passes an allow-list, so no script, event handler or
 * {@code javascript:} link reaches the page. (The conversations module has its own, package-private one.)
 */
@Component
public class BriefMarkdown {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "em", "strong", "code", "pre", "blockquote", "h3", "h4",
                    "h5", "h6", "hr", "a", "del")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelNofollowOnLinks()
            .toFactory();

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** Safe HTML for a Markdown text; empty for null or blank. */
    public String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(renderer.render(parser.parse(markdown)));
    }
}
