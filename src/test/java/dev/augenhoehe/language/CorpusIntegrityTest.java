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

/**
 * The independently written corpus (issue 12, {@code language/corpus-v2/}) is split into train, dev and test by
 * {@code bench/corpus/split.py}. The test split was frozen before any tuning on the new data: its SHA-256 is
 * committed in {@code test.sha256}, and this test fails if a single byte of it changes.
 */
class CorpusV2IntegrityTest {

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = CorpusV2IntegrityTest.class.getResourceAsStream("/language/corpus-v2/" + name)) {
            if (in == null) {
                throw new IOException(name + " missing");
            }
            return in.readAllBytes();
        }
    }

    @Test
    void testSplitIsFrozen() throws IOException, NoSuchAlgorithmException {
        String expected = new String(bytes("test.sha256"), StandardCharsets.UTF_8).split("\\s+")[0];
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes("test.txt")));
        assertThat(actual).as("SHA-256 of corpus-v2/test.txt").isEqualTo(expected);
    }

    @Test
    void splitsAreDisjointAndComplete() throws IOException {
        Set<String> ids = new HashSet<>();
        int total = 0;
        for (String split : List.of("train", "dev", "test")) {
            List<CorpusEval.Item> items = CorpusEval.parse(new String(bytes(split + ".txt"), StandardCharsets.UTF_8),
                    null);
            assertThat(items).isNotEmpty();
            for (CorpusEval.Item i : items) {
                assertThat(ids.add(i.id())).as("%s in one split only", i.id()).isTrue();
                assertThat(i.text()).as(i.id()).isNotBlank();
            }
            total += items.size();
        }
        assertThat(total).isEqualTo(1_560);
    }
}
