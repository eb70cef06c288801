package dev.augenhoehe.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Any input, however odd: no exception, spans inside the text, findings sorted, line/column consistent. */
class KlartextPropertiesTest {

    private static final List<String> PIECES = List.of("Geht nicht. ", "Ja", "Nein", "<div class=\"x\">", "</p>",
            "&nbsp;", "😀", "👩‍💻", "\uD83D", "\u0000", "\r\n", "\n\n", "z. B.", "d. h.", "e.g.", "3.5", "https://a.b/c?d=e.",
            "Deployment-Pipeline", "Datenbankmigration", "API", "APIs", "(", ")", "…", "—", "offensichtlich", "trivial",
            "trust me", "wie gesagt", "¿", "ß", "Häuser", "\t", "-", "'", "’", "\u00AD", "Ein Container ist ein ", " ");

    @Provide
    Arbitrary<String> messy() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(6));
        return piece.list().ofMaxSize(400).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void anyTextIsSafe(@ForAll("messy") String text) {
        for (Language lang : new Language[] {Language.DE, Language.EN, null}) {
            check(text, Klartext.standard().analyze(text, lang, CheckOptions.defaults()));
        }
    }

    @Property(tries = 200)
    void arbitraryUnicodeIsSafe(@ForAll @StringLength(max = 2_000) String text) {
        check(text, Klartext.standard().analyze(text, null, CheckOptions.defaults().withUi(Language.DE)));
    }

    @Property(tries = 20)
    void tenThousandCharsOfGarbage(@ForAll("messy") String seed) {
        StringBuilder b = new StringBuilder();
        while (b.length() < 10_000) {
            b.append(seed.isEmpty() ? "<b>x</b> 😀 " : seed);
        }
        String text = b.substring(0, 10_000);
        check(text, Klartext.standard().analyze(text, Language.DE, CheckOptions.defaults()));
    }

    @Property(tries = 5)
    void emptyAndBlank(@ForAll("blank") String text) {
        Analysis a = Klartext.standard().analyze(text, null, null);
        assertThat(a.findings()).isEmpty();
        assertThat(a.statistics().words()).isZero();
        assertThat(Klartext.standard().analyze(null, null, null).findings()).isEmpty();
    }

    @Provide
    Arbitrary<String> blank() {
        return Arbitraries.of("", " ", "\n\n", "\t \r\n", "\u00A0");
    }

    private static void check(String text, Analysis a) {
        int previous = -1;
        for (Finding f : a.findings()) {
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
        assertThat(a.statistics().words()).isGreaterThanOrEqualTo(0);
    }
}
