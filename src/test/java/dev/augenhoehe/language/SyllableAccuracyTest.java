package dev.augenhoehe.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Mean absolute syllable error per word on the labelled lists {@code language/syllables-de.tsv} and
 * {@code syllables-en.tsv} ({@code word TAB count}, # comments). Target: at most 0.1.
 */
class SyllableAccuracyTest {

    static final double MAX_MAE = 0.1;

    @ParameterizedTest
    @EnumSource(Language.class)
    void meanAbsoluteErrorIsSmall(Language language) throws IOException {
        String resource = "/language/syllables-" + language.code() + ".tsv";
        Klartext k = Klartext.standard();
        int words = 0;
        int error = 0;
        StringBuilder wrong = new StringBuilder();
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                int expected = Integer.parseInt(parts[1].strip());
                int got = k.syllables(parts[0].strip(), language);
                words++;
                error += Math.abs(expected - got);
                if (expected != got) {
                    wrong.append(String.format("  %s expected %d got %d%n", parts[0], expected, got));
                }
            }
        }
        double mae = (double) error / words;
        System.out.printf(Locale.ROOT, "Syllables %s: %d words, MAE %.3f%n%s", language, words, mae, wrong);
        assertThat(words).isGreaterThanOrEqualTo(300);
        assertThat(mae).isLessThanOrEqualTo(MAX_MAE);
    }
}
