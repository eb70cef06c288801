package dev.augenhoehe.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs built to make an engine slow: one 100,000-character word (5.6 s before the per-token bound), endless
 * sentences, thousands of verdicts, brackets or list items. The work per token and per sentence is bounded
 * (asserted structurally below); the time limit here is deliberately generous (2 s, on a shared machine), the
 * real figures are in docs/benchmarks.md (PathologicalBench).
 */
class PathologicalInputTest {

    static final int CHARS = 100_000;

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("one lower-case word", "a".repeat(CHARS)),
                Arguments.of("one capitalised word", "A" + "b".repeat(CHARS - 1)),
                Arguments.of("one German compound", "Datenbankmigration".repeat(CHARS / 18)),
                Arguments.of("umlaut word", "Häuser".repeat(CHARS / 6)),
                Arguments.of("vowel run", "aeiou".repeat(CHARS / 5)),
                Arguments.of("hyphenated word", "Cloud-".repeat(CHARS / 6) + "x"),
                Arguments.of("dotted word", "a.".repeat(CHARS / 2)),
                Arguments.of("slashed word", "CI/".repeat(CHARS / 3)),
                Arguments.of("one long URL", "https://example.com/" + "a-b".repeat((CHARS - 20) / 3)),
                Arguments.of("no sentence end", "wort ".repeat(CHARS / 5)),
                Arguments.of("verdicts and commas", "nein, ".repeat(CHARS / 6)),
                Arguments.of("terms and brackets", "API (".repeat(CHARS / 5)),
                Arguments.of("tone phrases with gaps", "wie ich Ihnen ".repeat(CHARS / 14)),
                Arguments.of("list items", "- a\n".repeat(CHARS / 4)),
                Arguments.of("emoji", "😀".repeat(CHARS / 2)),
                Arguments.of("digits", "1".repeat(CHARS)),
                Arguments.of("brackets only", "(".repeat(CHARS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void anyHundredThousandCharsIsQuick(String name, String text) {
        Klartext k = Klartext.standard();
        for (Language lang : Language.values()) {
            long t0 = System.nanoTime();
            Analysis a = k.analyze(text, lang, CheckOptions.defaults());
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            assertThat(took).as("%s (%s) took %d ms", name, lang, took.toMillis()).isLessThan(Duration.ofSeconds(2));
            assertThat(a.statistics().characters()).isEqualTo(text.length());
        }
    }

    @Test
    void wordTokensAreBounded() {
        List<Token> tokens = Tokenizer.tokenize("x" + "a".repeat(CHARS) + " https://a.b/" + "c".repeat(CHARS));
        assertThat(tokens).allSatisfy(t -> assertThat(t.end() - t.start()).isLessThanOrEqualTo(
                t.url() ? Tokenizer.MAX_URL_CHARS : Tokenizer.MAX_WORD_CHARS + 1));
        // nothing is lost: the pieces cover the input
        assertThat(tokens.get(0).start()).isZero();
        assertThat(tokens.get(tokens.size() - 1).end()).isEqualTo(2 * CHARS + 14);
    }

    @Test
    void sentencesAreBounded() {
        String text = "wort ".repeat(10_000);
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Sentence> sentences = SentenceSplitter.split(text, tokens);
        assertThat(sentences).allSatisfy(s -> assertThat(s.tokenTo() - s.tokenFrom())
                .isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE_TOKENS));
        assertThat(sentences.stream().mapToInt(s -> s.tokenTo() - s.tokenFrom()).sum()).isEqualTo(tokens.size());
    }

    @Test
    void aCutSentenceIsStillLong() {
        Analysis a = Klartext.standard().analyze("wort ".repeat(2_000), Language.DE, CheckOptions.defaults());
        assertThat(a.findings(Category.LONG_SENTENCE)).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(a.statistics().words()).isEqualTo(2_000);
    }
}
