package dev.augenhoehe.language;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A small linear model (logistic regression over {@link ModelFeatures}) per category where phrase lists can't
 * reach: bare verdicts in wordings no list holds, sarcasm and put-downs in many forms. Trained reproducibly from
 * the train split of corpus v2 by {@code ./mvnw -Pklartext-train test} ({@code KlartextModelTraining}), the
 * threshold chosen on the dev split; shipped as {@code language/model/reply-model.bin.gz}. Its findings say why
 * (the words that weigh most) and what to do, like every rule's.
 */
final class ReplyModel {

    static final String RESOURCE = "/language/model/reply-model.bin.gz";
    private static final int MAGIC = 0x4B4C4D31; // "KLM1"

    /** The categories the model scores, in file order. */
    static final Category[] CATEGORIES = {Category.BARE_ANSWER, Category.CONDESCENDING};

    final float[][] weights;
    final float[] bias;
    final float[] threshold;

    /**
     * The same weights, feature-major ({@code [feature * categories + category]}): a sentence's sums read both
     * categories' weights of a feature from one cache line instead of two arrays of 256 KB each.
     */
    private final float[] byFeature;

    ReplyModel(float[][] weights, float[] bias, float[] threshold) {
        this.weights = weights;
        this.bias = bias;
        this.threshold = threshold;
        this.byFeature = new float[CATEGORIES.length * ModelFeatures.DIM];
        for (int c = 0; c < CATEGORIES.length; c++) {
            for (int i = 0; i < ModelFeatures.DIM; i++) {
                byFeature[i * CATEGORIES.length + c] = weights[c][i];
            }
        }
    }

    private static final class Holder {
        static final ReplyModel SHARED = load();
    }

    /** The shipped model, or null when the jar has none or {@code -Dklartext.model=off} is set. */
    static ReplyModel shared() {
        return Holder.SHARED;
    }

    private static ReplyModel load() {
        if ("off".equals(System.getProperty("klartext.model"))) {
            return null; // rules only: for benchmarks that time the rule layer alone
        }
        try (InputStream in = ReplyModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReplyModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw));
        if (in.readInt() != MAGIC || in.readInt() != ModelFeatures.DIM || in.readInt() != CATEGORIES.length) {
            throw new IOException("not a Klartext reply model for this version");
        }
        float[][] w = new float[CATEGORIES.length][ModelFeatures.DIM];
        float[] b = new float[CATEGORIES.length];
        float[] t = new float[CATEGORIES.length];
        for (int c = 0; c < CATEGORIES.length; c++) {
            b[c] = in.readFloat();
            t[c] = in.readFloat();
            for (int i = 0; i < ModelFeatures.DIM; i++) {
                w[c][i] = in.readFloat();
            }
        }
        return new ReplyModel(w, b, t);
    }

    void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw);
        DataOutputStream out = new DataOutputStream(gz);
        out.writeInt(MAGIC);
        out.writeInt(ModelFeatures.DIM);
        out.writeInt(CATEGORIES.length);
        for (int c = 0; c < CATEGORIES.length; c++) {
            out.writeFloat(bias[c]);
            out.writeFloat(threshold[c]);
            for (int i = 0; i < ModelFeatures.DIM; i++) {
                out.writeFloat(weights[c][i]);
            }
        }
        out.flush();
        gz.finish();
    }

    /**
     * Per-category sum of the weights of one sentence's features, and as last element their number (cached with
     * the sentence). A reply's score is {@code bias + sum / sqrt(number) + reply features}, so long and short
     * replies are on one scale.
     */
    float[] sentenceSums(int[] features) {
        float[] s = new float[CATEGORIES.length + 1];
        s[CATEGORIES.length] = features.length;
        for (int c = 0; c < CATEGORIES.length; c++) {
            float[] w = weights[c];
            float sum = 0;
            for (int f : features) {
                sum += w[f];
            }
            s[c] = sum;
        }
        return s;
    }

    /**
     * As {@link #sentenceSums(int[])}, straight from the sentence's tokens, without the feature array. Each
     * category's sum adds the same weights in the same order, so the floats are the same.
     */
    float[] sentenceSums(List<Token> tokens, Sentence sentence) {
        float[] s = new float[CATEGORIES.length + 1];
        int n = CATEGORIES.length;
        ModelFeatures.sentence(tokens, sentence, f -> {
            int base = f * n;
            for (int c = 0; c < n; c++) {
                s[c] += byFeature[base + c];
            }
            s[n]++;
        });
        return s;
    }

    double probability(int category, double linear) {
        return 1 / (1 + Math.exp(-(linear + bias[category])));
    }

    double replyWeight(int category, int[] replyFeatures) {
        double sum = 0;
        for (int f : replyFeatures) {
            sum += weights[category][f];
        }
        return sum;
    }
}
