package dev.augenhoehe.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model's features are hashed without building their strings; the buckets must be exactly those of the
 * strings the shipped model was trained on ({@code "w:" + word}, {@code "c3:" + gram} …).
 */
class ModelFeaturesTest {

    @Test
    void hashedFeaturesEqualTheStringFeatures() throws Exception {
        int sentences = 0;
        ReplyModel model = ReplyModel.shared();
        assertThat(model).as("the shipped model").isNotNull();
        for (FindingsUnchangedTest.Case c : FindingsUnchangedTest.cases()) {
            if (c.text().length() > 20_000) {
                continue;
            }
            List<Token> tokens = Tokenizer.tokenize(c.text());
            if (tokens.isEmpty()) {
                continue;
            }
            for (Sentence s : SentenceSplitter.split(c.text(), tokens)) {
                int[] expected = byStrings(tokens, s);
                assertThat(ModelFeatures.sentence(tokens, s)).as(c.name()).isEqualTo(expected);
                if (model != null) { // the sums straight from the tokens: the very same floats
                    assertThat(model.sentenceSums(tokens, s)).as(c.name()).isEqualTo(model.sentenceSums(expected));
                }
                sentences++;
            }
        }
        assertThat(sentences).isGreaterThan(10_000);
        assertThat(ModelFeatures.word("ß")).isEqualTo(ModelFeatures.index("w:ß"));
        assertThat(ModelFeatures.bigram("<s>", "ünd")).isEqualTo(ModelFeatures.index("b:<s> ünd"));
    }

    /** The features as strings, as they were built before the hashing was folded in. */
    private static int[] byStrings(List<Token> tokens, Sentence s) {
        int[] out = new int[64];
        int n = 0;
        String prev = "<s>";
        boolean first = true;
        for (int i = s.tokenFrom(); i < s.tokenTo() && n < 4_000 - 12; i++) {
            Token t = tokens.get(i);
            if (out.length - n < 12) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            if (!t.word()) {
                if (!t.is(",") && !t.is(".")) {
                    out[n++] = ModelFeatures.index("p:" + t.norm());
                }
                continue;
            }
            String w = t.url() ? "<url>" : Character.isDigit(t.norm().charAt(0)) ? "<num>" : t.norm();
            out[n++] = ModelFeatures.index("w:" + w);
            out[n++] = ModelFeatures.index("b:" + prev + " " + w);
            if (first) {
                out[n++] = ModelFeatures.index("f:" + w);
                first = false;
            }
            if (w.length() >= 3 && w.length() <= 30 && w.charAt(0) != '<') {
                String g = "<" + w + ">";
                for (int k = 0; k + 3 <= g.length(); k++) {
                    out[n++] = ModelFeatures.index("c3:" + g.substring(k, k + 3));
                    if (k + 4 <= g.length() && out.length - n > 2) {
                        out[n++] = ModelFeatures.index("c4:" + g.substring(k, k + 4));
                    }
                    if (out.length - n < 4) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                }
            }
            prev = w;
        }
        return Arrays.copyOf(out, n);
    }
}
