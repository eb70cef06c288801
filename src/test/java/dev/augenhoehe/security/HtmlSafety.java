package dev.augenhoehe.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What must never be in a rendered page: live script, event handlers, script URLs, embedded documents. */
final class HtmlSafety {

    private HtmlSafety() {
    }

    /** The problems in this HTML, empty if none. Our own scripts (src under /js/ or /webjars/) are allowed. */
    static List<String> problems(String html) {
        Document page = Jsoup.parse(html);
        List<String> problems = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("script")) {
                String src = element.attr("src");
                if (!(src.startsWith("/js/") || src.startsWith("/webjars/")) || !element.data().isBlank()) {
                    problems.add("script: " + element.outerHtml());
                }
            }
            if (List.of("iframe", "object", "embed", "svg", "math", "base", "style", "frame").contains(tag)) {
                problems.add("element: " + tag);
            }
            if (tag.equals("meta") && element.hasAttr("http-equiv")) {
                problems.add("meta refresh");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\u0000-\\u001F]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    problems.add("event handler: " + name);
                }
                if (value.startsWith("javascript:") || value.startsWith("vbscript:")
                        || (value.startsWith("data:") && !name.equals("content"))) {
                    problems.add("script URL in " + name + ": " + value);
                }
                if (name.equals("style") && value.contains("url(")) {
                    problems.add("style with url");
                }
            }
        }
        return problems;
    }
}
