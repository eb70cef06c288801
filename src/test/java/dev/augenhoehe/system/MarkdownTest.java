package dev.augenhoehe.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    final Markdown markdown = new Markdown();

    @Test
    void rendersTheUsualMarkdown() {
        assertThat(markdown.html("**Budget** is *open*\n\n- one\n- two\n\n[Offer](https://example.com)"))
                .contains("<strong>Budget</strong>", "<em>open</em>", "<li>one</li>",
                        "<a href=\"https://example.com\" rel=\"nofollow\">Offer</a>");
        assertThat(markdown.html(null)).isEmpty();
        assertThat(markdown.html("   ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>"})
    void noScriptHandlerOrDangerousLinkSurvives(String hostile) {
        String html = markdown.html(hostile).toLowerCase();
        // raw HTML may survive as harmless, escaped text; what must not survive is a real tag doing harm
        java.util.regex.Matcher tags = java.util.regex.Pattern.compile("<[^>]*>").matcher(html);
        while (tags.find()) {
            assertThat(tags.group()).doesNotContainPattern("\\bon[a-z]+\\s*=")
                    .doesNotContain("javascript:", "data:", "style=", "<script", "<iframe", "<svg", "<img");
        }
    }
}
