package dev.augenhoehe.system;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * User text (notes, briefs) is stored as typed (Markdown) and turned into HTML only for display: CommonMark first,
 * then a strict allow-list, so a pasted {@code <script>} or {@code javascript:} link never reaches a page.
 */
@Component
public class Markdown {

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

    public String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(renderer.render(parser.parse(markdown)));
    }
}
