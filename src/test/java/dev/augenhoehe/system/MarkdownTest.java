package dev.augenhoehe.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Hostile Markdown: nothing executable survives, ordinary Markdown still renders. */
class MarkdownTest {

    final Markdown markdown = new Markdown();

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "Hi <img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](  javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<div onclick=\"alert(1)\">x</div>",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "![x](javascript:alert(1))",
            "<style>body{display:none}</style>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<<script>script>alert(1)<</script>/script>",
            "```\n</code><script>alert(1)</script>\n```",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "[x](vbscript:msgbox(1))"})
    void nothingExecutableSurvives(String hostile) {
        String html = markdown.html(hostile).toLowerCase();
        // escaped text ("&lt;script&gt;") is harmless; what must not exist is a live tag, attribute or link
        java.util.regex.Matcher tags = java.util.regex.Pattern.compile("<([a-z0-9]+)([^>]*)>").matcher(html);
        while (tags.find()) {
            assertThat(tags.group(1)).isIn("p", "br", "ul", "ol", "li", "em", "strong", "code", "pre", "blockquote",
                    "h3", "h4", "h5", "h6", "hr", "a", "del");
            String attributes = tags.group(2).replaceAll("\\s+", " ").strip();
            assertThat(attributes).matches("(href=\"((https?://|mailto:)[^\"]*)?\" ?)?(rel=\"nofollow\")?");
        }
        assertThat(html).doesNotContain("<script", "<img", "<iframe", "<svg", "<style");
    }

    @Test
    void ordinaryMarkdownRenders() {
        assertThat(markdown.html("- **fast**\n- [docs](https://example.com)"))
                .contains("<li><strong>fast</strong></li>")
                .contains("<a href=\"https://example.com\" rel=\"nofollow\">docs</a>");
        assertThat(markdown.html(null)).isEmpty();
        assertThat(markdown.html("   ")).isEmpty();
        assertThat(markdown.html("a".repeat(20_000))).hasSizeGreaterThan(20_000);
    }
}
