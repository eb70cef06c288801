package dev.augenhoehe.language;

import java.util.List;

/**
 * Features for {@link ReplyModel}: hashed word unigrams and bigrams, character 3- and 4-grams of each word (so
 * inflections and typos share weight), punctuation and emoji, and the sentence's first word; per sentence, so
 * they are cached with the sentence. Reply-level features (what the rules found, length, structure) are added
 * by {@link #reply}.
 */
final class ModelFeatures {

    static final int BITS = 16;
    static final int DIM = 1 << BITS;
    private static final int MAX_FEATURES_PER_SENTENCE = 4_000;

    private ModelFeatures() {
    }

    static int index(String feature) {
        int h = feature.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> BITS)) & (DIM - 1);
    }

    /** Hashed feature indices of one sentence (with repeats). */
    static int[] sentence(List<Token> tokens, Sentence s) {
        int[] out = new int[64];
        int n = 0;
        String prev = "<s>";
        boolean first = true;
        for (int i = s.tokenFrom(); i < s.tokenTo() && n < MAX_FEATURES_PER_SENTENCE - 12; i++) {
            Token t = tokens.get(i);
            if (out.length - n < 12) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            if (!t.word()) {
                if (!t.is(",") && !t.is(".")) {
                    out[n++] = index("p:" + t.norm());
                }
                continue;
            }
            String w = t.url() ? "<url>" : Character.isDigit(t.norm().charAt(0)) ? "<num>" : t.norm();
            out[n++] = index("w:" + w);
            out[n++] = index("b:" + prev + " " + w);
            if (first) {
                out[n++] = index("f:" + w);
                first = false;
            }
            if (w.length() >= 3 && w.length() <= 30 && w.charAt(0) != '<') {
                String g = "<" + w + ">";
                for (int k = 0; k + 3 <= g.length(); k++) {
                    out[n++] = index("c3:" + g.substring(k, k + 3));
                    if (k + 4 <= g.length() && out.length - n > 2) {
                        out[n++] = index("c4:" + g.substring(k, k + 4));
                    }
                    if (out.length - n < 4) {
                        out = java.util.Arrays.copyOf(out, out.length * 2);
                    }
                }
            }
            prev = w;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Reply-level features: what the rules found, how long and how structured the reply is, what was asked. */
    static int[] reply(List<SentenceFacts> facts, QuestionContext question) {
        int words = 0;
        int sentences = 0;
        int helpful = 0;
        int tone = 0;
        boolean verdict = false;
        boolean reason = false;
        boolean alternative = false;
        boolean questionMark = false;
        int seen = 0;
        for (SentenceFacts s : facts) {
            if (s.words() == 0 || s.courtesy()) {
                continue;
            }
            words += s.words();
            sentences++;
            helpful += s.helpful() ? 1 : 0;
            tone += s.tone().size();
            reason |= s.reason();
            alternative |= s.alternative();
            if (seen++ < 3) {
                verdict |= s.verdict();
            }
        }
        return new int[] {
            index("r:bias"),
            index("r:words" + bucket(words)),
            index("r:sentences" + bucket(sentences)),
            index("r:verdict" + verdict),
            index("r:reason" + reason),
            index("r:alternative" + alternative),
            index("r:helpful" + Math.min(helpful, 4)),
            index("r:verdict-helpful" + verdict + Math.min(helpful, 2)),
            index("r:tone" + Math.min(tone, 2)),
            index("r:question" + question.demand()),
            index("r:questionMark" + questionMark),
        };
    }

    private static int bucket(int n) {
        return n <= 3 ? n : n <= 6 ? 6 : n <= 12 ? 12 : n <= 25 ? 25 : n <= 50 ? 50 : n <= 100 ? 100 : 200;
    }
}
