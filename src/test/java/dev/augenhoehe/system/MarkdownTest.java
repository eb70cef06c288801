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

    /** The probe's inputs (issue 14): each crashed the parser with a StackOverflowError before the limits. */
    static java.util.stream.Stream<String> deeplyNested() {
        StringBuilder indented = new StringBuilder();
        for (int i = 0; i < 2_400; i++) {
            indented.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        return java.util.stream.Stream.of("- ".repeat(3_000) + "x", "> ".repeat(3_000) + "x", "1. ".repeat(3_000) + "x",
                "* > ".repeat(2_000) + "x", indented.toString(), "*".repeat(5_000) + "x" + "*".repeat(5_000),
                "[".repeat(10_000) + "x" + "]".repeat(10_000), "x".repeat(Markdown.MAX_INPUT + 1));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("deeplyNested")
    void deeplyNestedOrHugeTextIsShownAsTypedWithANote(String hostile) {
        long started = System.nanoTime();
        String html = markdown.html(hostile + "<script>alert(1)</script>");
        assertThat(html).contains("shown as typed").contains("&lt;script&gt;").doesNotContain("<script");
        // generous: a loaded 2-core machine took 2 s for the 5.8-million-character indented text
        assertThat(System.nanoTime() - started).as("nanoseconds").isLessThan(10_000_000_000L);
    }

    @Test
    void ordinaryNestingKeepsRendering() {
        String nested = "- a\n  - b\n    - c\n      - d\n> quote\n> > inner\n1. one\n2. two\n***bold italic***";
        assertThat(markdown.html(nested)).contains("<li>d</li>").contains("<blockquote>")
                .contains("<em><strong>bold italic</strong></em>").doesNotContain("shown as typed");
        assertThat(markdown.html("- ".repeat(Markdown.MAX_DEPTH) + "x")).doesNotContain("shown as typed");
        assertThat(markdown.html("- ".repeat(Markdown.MAX_DEPTH + 1) + "x")).contains("shown as typed");
    }

    @Test
    void theNoteSpeaksTheUsersLanguage() {
        var messages = new org.springframework.context.support.StaticMessageSource();
        messages.addMessage("markdown.plain", java.util.Locale.GERMAN, "Wie eingegeben");
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.GERMAN);
        try {
            assertThat(new Markdown(messages).html("> ".repeat(100) + "x")).contains("Wie eingegeben");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }
}
