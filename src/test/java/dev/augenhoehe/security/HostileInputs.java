package dev.augenhoehe.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of hostile text: script and event-handler payloads, {@code javascript:}, {@code vbscript:} and
 * {@code data:} URLs in Markdown links and images, SVG, entity and case tricks, lone surrogates (what broken UTF-8
 * becomes once decoded), control characters, RTL overrides, deeply nested Markdown and, rarely, 1 MB values.
 * The same seed gives the same strings: a failure names its seed and index and can be replayed.
 * <p>
 * The count is {@code -Dhostile.count} (1,000 by default; {@code ./mvnw verify -Phostile} runs 10,000).
 */
final class HostileInputs {

    static final long SEED = Long.getLong("hostile.seed", 20261201L);
    static final int COUNT = Integer.getInteger("hostile.count", 1_000);

    private static final String[] PAYLOADS = {
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>", "<iframe src=javascript:alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
            "<body onload=alert(1)>", "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<math><mtext><img src=x onerror=alert(1)></mtext></math>", "<object data=\"data:text/html,<script>alert(1)</script>\">",
            "<embed src=javascript:alert(1)>", "<details open ontoggle=alert(1)>", "<input autofocus onfocus=alert(1)>",
            "\"><script>alert(1)</script>", "'><img src=x onerror=alert(1)>", "<scr<script>ipt>alert(1)</script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;", "&#60;script&#62;alert(1)&#60;/script&#62;",
            "<a href=\"&#106;avascript:alert(1)\">x</a>", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x]( javascript:alert(1) )", "[x](vbscript:msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "![x](javascript:alert(1))",
            "![x](data:image/svg+xml,<svg onload=alert(1)>)", "[x][r]\n\n[r]: javascript:alert(1)", "<javascript:alert(1)>",
            "[x](java\u0000script:alert(1))", "[x](&#x6A;avascript:alert(1))", "```html\n<script>alert(1)</script>\n```",
            "<style>*{display:none}</style>", "<base href=\"https://evil.example/\">", "<meta http-equiv=refresh content=0;url=javascript:alert(1)>",
            "<form action=javascript:alert(1)><button>x</button></form>", "{{7*7}}", "${7*7}", "[[${7*7}]]", "__${T(java.lang.Runtime).getRuntime()}__",
            "'; drop table app_user; --", "\u202Egnp.exe", "\u202Dabc\u202C", "\u200B\u200C\u200D\uFEFF", "\u0000\u0001\u0007\u001B[31m",
            "\r\nSet-Cookie: x=1", "\uD800", "\uDFFF\uD800", "\uFFFD\uFFFE\uFFFF", "ä\u0308ö\u0301", "👩‍💻🏳️‍🌈"};

    private HostileInputs() {
    }

    static List<String> generate() {
        return generate(SEED, COUNT);
    }

    static List<String> generate(long seed, int count) {
        Random random = new Random(seed);
        List<String> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            inputs.add(one(random));
        }
        return inputs;
    }

    private static String one(Random random) {
        int kind = random.nextInt(100);
        if (kind == 0) {
            // a 1 MB field, now and then
            String payload = PAYLOADS[random.nextInt(PAYLOADS.length)];
            return payload.repeat(1_048_576 / payload.length() + 1).substring(0, 1_048_576);
        }
        if (kind < 5) {
            String marker = new String[] {"- ", "> ", "1. ", "* ", "  - ", "[", "*", "_"}[random.nextInt(8)];
            return marker.repeat(100 + random.nextInt(4_000)) + PAYLOADS[random.nextInt(PAYLOADS.length)];
        }
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int p = 0; p < parts; p++) {
            switch (random.nextInt(5)) {
                case 0 -> text.append("Plain words ");
                case 1 -> text.append((char) random.nextInt(0x20));
                case 2 -> text.appendCodePoint(0x80 + random.nextInt(0x2FF80));
                default -> text.append(mutate(PAYLOADS[random.nextInt(PAYLOADS.length)], random));
            }
        }
        return text.toString();
    }

    /** Case flips, inserted whitespace and duplicated characters: filters that match exact strings miss these. */
    private static String mutate(String payload, Random random) {
        StringBuilder out = new StringBuilder();
        for (char c : payload.toCharArray()) {
            int roll = random.nextInt(40);
            out.append(roll == 0 ? Character.toUpperCase(c) : c);
            if (roll == 1) {
                out.append(new char[] {'\t', '\n', ' ', '\u000B'}[random.nextInt(4)]);
            }
        }
        return out.toString();
    }
}
