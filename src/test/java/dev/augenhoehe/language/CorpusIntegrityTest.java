package dev.augenhoehe.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The independently written corpora are frozen where they judge Klartext. Corpus v2 ({@code language/corpus-v2/})
 * is split into train, dev and test by {@code bench/corpus/split.py}; its test split was frozen before any tuning on
 * it. Corpus v3 ({@code language/corpus-v3/}) is test data only, written later in other styles and frozen before
 * Klartext was first run on it. Corpus v5 ({@code language/corpus-v5/}), by four more writers in yet other styles,
 * and corpus v6 ({@code language/corpus-v6/}), by six more, are split like v2; corpus v7 ({@code language/corpus-v7/})
 * is test data only, like v3 and v4; corpus v8 ({@code language/corpus-v8/}), by four more, is split like v2. Each frozen file's SHA-256 is committed next to it ({@code test.sha256}); this test
 * fails if a single byte changes.
 */
class CorpusIntegrityTest {

    static byte[] bytes(String corpus, String name) throws IOException {
        try (InputStream in = CorpusIntegrityTest.class.getResourceAsStream("/language/" + corpus + "/" + name)) {
            if (in == null) {
                throw new IOException(corpus + "/" + name + " missing");
            }
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"corpus-v2", "corpus-v3", "corpus-v3b", "corpus-v4", "corpus-v5", "corpus-v6", "corpus-v7",
        "corpus-v8"})
    void testSplitIsFrozen(String corpus) throws IOException, NoSuchAlgorithmException {
        String expected = new String(bytes(corpus, "test.sha256"), StandardCharsets.UTF_8).split("\\s+")[0];
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(bytes(corpus, "test.txt")));
        assertThat(actual).as("SHA-256 of %s/test.txt", corpus).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"corpus-v2, 1560", "corpus-v5, 600", "corpus-v6, 600", "corpus-v8, 600"})
    void splitsAreDisjointAndComplete(String corpus, int size) throws IOException {
        Set<String> ids = new HashSet<>();
        int total = 0;
        for (String split : List.of("train", "dev", "test")) {
            List<CorpusEval.Item> items = CorpusEval.parse(
                    new String(bytes(corpus, split + ".txt"), StandardCharsets.UTF_8), null);
            assertThat(items).isNotEmpty();
            for (CorpusEval.Item i : items) {
                assertThat(ids.add(i.id())).as("%s in one split only", i.id()).isTrue();
                assertThat(i.text()).as(i.id()).isNotBlank();
            }
            total += items.size();
        }
        assertThat(total).isEqualTo(size);
    }

    /** Every v3 item is well formed: a known label set, a language, a question, a reply, and an id used once. */
    @Test
    void v3ItemsAreWellFormed() throws IOException {
        List<CorpusEval.Item> items = CorpusEval.parse(
                new String(bytes("corpus-v3", "test.txt"), StandardCharsets.UTF_8), null);
        Set<String> known = Set.of("answer.bare", "tone.condescending", "jargon.unexplained", "length.monologue");
        Set<String> ids = new HashSet<>();
        for (CorpusEval.Item i : items) {
            assertThat(ids.add(i.id())).as("%s once", i.id()).isTrue();
            assertThat(known).as(i.id()).containsAll(i.expected());
            assertThat(i.question()).as(i.id()).isNotBlank();
            assertThat(i.text()).as(i.id()).isNotBlank();
        }
        assertThat(items).hasSizeGreaterThanOrEqualTo(120);
    }
}
