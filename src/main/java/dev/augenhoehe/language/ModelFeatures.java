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
        return slot(feature.hashCode());
    }

    /** The bucket of a feature whose {@link String#hashCode()} is {@code h}. */
    private static int slot(int h) {
        h *= 0x9E3779B9;
        return (h ^ (h >>> BITS)) & (DIM - 1);
    }

    /*
     * The features are strings ("w:server", "b:der server", "c3:<se"), and the shipped model's buckets are those
     * strings' hashCode. Building each string costs an allocation and a hash pass, about a third of a whole check;
     * so the hash is folded here char by char exactly as String.hashCode does (h = 31 h + c), which gives the same
     * int, hence the same buckets and the same scores, without a string.
     */
    private static final int P = "p:".hashCode();
    private static final int W = "w:".hashCode();
    private static final int B = "b:".hashCode();
    private static final int F = "f:".hashCode();
    private static final int C3 = "c3:".hashCode();
    private static final int C4 = "c4:".hashCode();
    private static final String URL = "<url>";
    private static final String NUM = "<num>";

    /** {@code h} continued over {@code s}: the hashCode of (the string hashing to h) + s. */
    private static int fold(int h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    /** "<" + w + ">" as chars, the string the character n-grams are taken from. */
    static char[] marked(String w) {
        char[] g = new char[w.length() + 2];
        g[0] = '<';
        w.getChars(0, w.length(), g, 1);
        g[g.length - 1] = '>';
        return g;
    }

    /** The word a token stands for in the features: "<url>", "<num>" or its normalised form. */
    static String featureWord(Token t) {
        return t.url() ? URL : Character.isDigit(t.norm().charAt(0)) ? NUM : t.norm();
    }

    static int word(String w) {
        return slot(fold(W, w));
    }

    static int bigram(String prev, String w) {
        return slot(fold(31 * fold(B, prev) + ' ', w));
    }

    /** Character n-gram ({@code n} = 3 or 4) at {@code k} of {@code g} = {@link #marked}(w). */
    static int charGram(char[] g, int k, int n) {
        int h = n == 3 ? C3 : C4;
        for (int i = k; i < k + n; i++) {
            h = 31 * h + g[i];
        }
        return slot(h);
    }

    /** Whether the word gets character n-grams (not "<url>", "<num>", not very short or long words). */
    static boolean hasCharGrams(String w) {
        return w.length() >= 3 && w.length() <= 30 && w.charAt(0) != '<';
    }

    /** Receives one sentence's features in order. */
    interface Sink {
        void add(int feature);
    }

    /** Hashed feature indices of one sentence (with repeats). */
    static int[] sentence(List<Token> tokens, Sentence s) {
        int[][] out = {new int[64]};
        int[] n = {0};
        sentence(tokens, s, f -> {
            if (n[0] == out[0].length) {
                out[0] = java.util.Arrays.copyOf(out[0], out[0].length * 2);
            }
            out[0][n[0]++] = f;
        });
        return java.util.Arrays.copyOf(out[0], n[0]);
    }

    /**
     * Hands each feature of one sentence to {@code sink}, so the model can sum its weights without an array.
     * The features were first collected in an array of 64 ints that doubled when nearly full, and a 4-gram was
     * left out when fewer than three slots were free; the shipped model was trained on exactly those features,
     * so that array's capacity is still tracked here ({@code capacity}) and decides the same.
     */
    static void sentence(List<Token> tokens, Sentence s, Sink sink) {
        int capacity = 64;
        int n = 0;
        String prev = "<s>";
        boolean first = true;
        for (int i = s.tokenFrom(); i < s.tokenTo() && n < MAX_FEATURES_PER_SENTENCE - 12; i++) {
            Token t = tokens.get(i);
            if (capacity - n < 12) {
                capacity *= 2;
            }
            if (!t.word()) {
                if (!t.is(",") && !t.is(".")) {
                    sink.add(slot(fold(P, t.norm())));
                    n++;
                }
                continue;
            }
            String w = featureWord(t);
            sink.add(word(w));
            sink.add(bigram(prev, w));
            n += 2;
            if (first) {
                sink.add(slot(fold(F, w)));
                n++;
                first = false;
            }
            if (hasCharGrams(w)) {
                char[] g = marked(w);
                for (int k = 0; k + 3 <= g.length; k++) {
                    sink.add(charGram(g, k, 3));
                    n++;
                    if (k + 4 <= g.length && capacity - n > 2) {
                        sink.add(charGram(g, k, 4));
                        n++;
                    }
                    if (capacity - n < 4) {
                        capacity *= 2;
                    }
                }
            }
            prev = w;
        }
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
