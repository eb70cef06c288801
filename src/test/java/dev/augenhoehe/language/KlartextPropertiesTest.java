package dev.augenhoehe.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Any input, however odd: no exception, spans inside the text, findings sorted, line/column consistent.
 * Inputs are generated from fixed seeds (the seed is in the test name), so a failure is reproduced by running
 * the same test again.
 */
class KlartextPropertiesTest {

    private static final List<String> PIECES = List.of("Geht nicht. ", "Ja", "Nein", "<div class=\"x\">", "</p>",
            "&nbsp;", "😀", "👩‍💻", "\uD83D", "\u0000", "\r\n", "\n\n", "z. B.", "d. h.", "e.g.", "3.5", "https://a.b/c?d=e.",
            "Deployment-Pipeline", "Datenbankmigration", "API", "APIs", "(", ")", "…", "—", "offensichtlich", "trivial",
            "trust me", "wie gesagt", "¿", "ß", "Häuser", "\t", "-", "'", "’", "\u00AD", "Ein Container ist ein ", " ",
            "- ", "\n- ", "\n1. ", ": ", "Reverse Proxy (ca. 30 €)", "(API)", "nicht ", "\"offensichtlich\"", "»", "«");

    /** A random string of up to {@code max} chars: any UTF-16 unit, lone surrogates included. */
    private static String anyChars(Random r, int max) {
        int n = r.nextInt(max + 1);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) (r.nextInt(4) == 0 ? r.nextInt(0x80) : r.nextInt(0x10000)));
        }
        return b.toString();
    }

    /** Pieces of real-looking text, random ASCII and random Unicode, glued together. */
    static String messy(Random r) {
        int pieces = r.nextInt(401);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            switch (r.nextInt(3)) {
                case 0 -> b.append(PIECES.get(r.nextInt(PIECES.size())));
                case 1 -> {
                    int n = r.nextInt(13);
                    for (int k = 0; k < n; k++) {
                        b.append((char) (' ' + r.nextInt(95)));
                    }
                }
                default -> b.append(anyChars(r, 6));
            }
        }
        return b.toString();
    }

    static Stream<Arguments> seeds300() {
        return IntStream.range(0, 300).mapToObj(i -> Arguments.of(1_000L + i));
    }

    static Stream<Arguments> seeds200() {
        return IntStream.range(0, 200).mapToObj(i -> Arguments.of(5_000L + i));
    }

    static Stream<Arguments> seeds20() {
        return IntStream.range(0, 20).mapToObj(i -> Arguments.of(9_000L + i));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds300")
    void anyTextIsSafe(long seed) {
        String text = messy(new Random(seed));
        for (Language lang : new Language[] {Language.DE, Language.EN, null}) {
            check(text, Klartext.standard().analyze(text, lang, CheckOptions.defaults()));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds200")
    void arbitraryUnicodeIsSafe(long seed) {
        String text = anyChars(new Random(seed), 2_000);
        check(text, Klartext.standard().analyze(text, null, CheckOptions.defaults().withUi(Language.DE)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds20")
    void tenThousandCharsOfGarbage(long seed) {
        String piece = messy(new Random(seed));
        StringBuilder b = new StringBuilder();
        while (b.length() < 10_000) {
            b.append(piece.isEmpty() ? "<b>x</b> 😀 " : piece);
        }
        String text = b.substring(0, 10_000);
        check(text, Klartext.standard().analyze(text, Language.DE, CheckOptions.defaults()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", "\t \r\n", "\u00A0"})
    void emptyAndBlank(String text) {
        Analysis a = Klartext.standard().analyze(text, null, null);
        assertThat(a.findings()).isEmpty();
        assertThat(a.statistics().words()).isZero();
        assertThat(Klartext.standard().analyze(null, null, null).findings()).isEmpty();
    }

    private static void check(String text, Analysis a) {
        int previous = -1;
        List<Finding> findings = new ArrayList<>(a.findings());
        for (Finding f : findings) {
            assertThat(f.start()).isBetween(0, text.length());
            assertThat(f.end()).isBetween(f.start(), text.length());
            assertThat(f.start()).isGreaterThanOrEqualTo(previous);
            previous = f.start();
            assertThat(f.message()).isNotBlank();
            assertThat(f.suggestion()).isNotBlank();
            int lineStart = text.lastIndexOf('\n', f.start() - 1) + 1;
            assertThat(f.column()).isEqualTo(f.start() - lineStart + 1);
            assertThat(f.line()).isEqualTo((int) text.substring(0, f.start()).chars().filter(c -> c == '\n').count() + 1);
        }
        // the counts agree with the text
        assertThat(a.statistics().characters()).isEqualTo(text.length());
        assertThat(a.statistics().sentences()).isLessThanOrEqualTo(a.statistics().words());
    }
}
