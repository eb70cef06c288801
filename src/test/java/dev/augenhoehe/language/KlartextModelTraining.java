package dev.augenhoehe.language;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Trains {@link ReplyModel} from the train splits of corpora v2, v5 and v6 (plus the regression set) and picks each
 * category's threshold on their dev splits (never a test split). The shipped templates' texts were tried as clean
 * examples and left out: they cost tone recall on dev. The shipped file is not this configuration's output: it was
 * trained at commit ec6caf9 (corpus v2 and the rules of that day; a worktree of that commit reproduces it byte for
 * byte). Runs of this class with v2, v2 + v5 and v2 + v5 + v6 on later rules each fell below a floor of
 * {@code CorpusEvaluationTest} on an independent test set, so that file still ships (docs/klartext.md, "Reply
 * model"). Deterministic: fixed seed, fixed order, fixed epochs, so the same corpus and rules give
 * the same bytes. Run with {@code ./mvnw -Pklartext-train test}; it writes
 * {@code src/main/resources/language/model/reply-model.bin.gz}.
 */
@EnabledIfSystemProperty(named = "klartext.train", matches = "true")
class KlartextModelTraining {

    static final long SEED = 20261201L;
    static final int EPOCHS = 30;
    static final double LEARNING_RATE = 0.2;
    static final double L2 = 1e-6;
    /** The model may add false alarms on at most this share of dev replies without the category. */
    static final double MAX_CLEAN_FLAGGED = 0.015;

    record Example(int[] sentenceFeatures, int[] replyFeatures, boolean[] labels, boolean[] ruleFlags,
                   Language language) {
    }

    static List<Example> examples(Engine engine, String file) throws IOException {
        String text = Files.readString(Path.of("src/test/resources/language/" + file), StandardCharsets.UTF_8);
        List<Example> out = new ArrayList<>();
        for (CorpusEval.Item item : CorpusEval.parse(text, null)) {
            CheckOptions o = CheckOptions.defaults().withAcceptedTerms(item.accept()).withQuestion(item.question());
            out.add(example(engine, item.text(), item.language(), o, item.expected()));
        }
        return out;
    }

    static Example example(Engine engine, String text, Language language, CheckOptions o, Set<String> expected) {
        int[] all = engine.modelFeatures(text, language, o);
        int replyCount = 11; // ModelFeatures.reply
        int[] sentence = java.util.Arrays.copyOf(all, all.length - replyCount);
        int[] reply = java.util.Arrays.copyOfRange(all, all.length - replyCount, all.length);
        boolean[] labels = new boolean[ReplyModel.CATEGORIES.length];
        boolean[] rules = new boolean[ReplyModel.CATEGORIES.length];
        Analysis a = engine.analyze(text, language, o);
        for (int c = 0; c < labels.length; c++) {
            Category cat = ReplyModel.CATEGORIES[c];
            labels[c] = expected.contains(cat.id());
            rules[c] = a.findings(cat).stream().anyMatch(f -> f.isProblem() && !f.rule().endsWith(".model"));
        }
        return new Example(sentence, reply, labels, rules, language);
    }

    /** Written later by other writers in other styles, split like v2: their train and dev splits join v2's. */
    static final List<String> LATER_CORPORA = List.of("corpus-v5", "corpus-v6");

    static double linear(float[] w, float bias, Example e) {
        double sum = 0;
        for (int f : e.sentenceFeatures()) {
            sum += w[f];
        }
        double z = e.sentenceFeatures().length == 0 ? 0 : sum / Math.sqrt(e.sentenceFeatures().length);
        for (int f : e.replyFeatures()) {
            z += w[f];
        }
        return z + bias;
    }

    @Test
    void train() throws IOException {
        Engine engine = new Engine(Glossary.loadShipped());
        // the regression set (the first 300 replies) trains too: in-domain hard negatives for the tone model
        List<Example> train = new ArrayList<>(examples(engine, "corpus-v2/train.txt"));
        train.addAll(examples(engine, "corpus/de.txt"));
        train.addAll(examples(engine, "corpus/en.txt"));
        for (String corpus : LATER_CORPORA) {
            train.addAll(examples(engine, corpus + "/train.txt"));
        }
        List<Example> dev = new ArrayList<>(examples(engine, "corpus-v2/dev.txt"));
        for (String corpus : LATER_CORPORA) {
            dev.addAll(examples(engine, corpus + "/dev.txt"));
        }
        int cats = ReplyModel.CATEGORIES.length;
        float[][] weights = new float[cats][ModelFeatures.DIM];
        float[] bias = new float[cats];
        float[] threshold = new float[cats];
        StringBuilder report = new StringBuilder();
        for (int c = 0; c < cats; c++) {
            float[] w = weights[c];
            double[] g2 = new double[ModelFeatures.DIM];
            double b = 0;
            double gb = 1e-8;
            int pos = 0;
            for (Example e : train) {
                pos += e.labels()[c] ? 1 : 0;
            }
            double posWeight = Math.sqrt((double) (train.size() - pos) / Math.max(1, pos));
            List<Example> order = new ArrayList<>(train);
            Random rnd = new Random(SEED + c);
            for (int epoch = 0; epoch < EPOCHS; epoch++) {
                Collections.shuffle(order, rnd);
                for (Example e : order) {
                    double p = 1 / (1 + Math.exp(-linear(w, (float) b, e)));
                    double y = e.labels()[c] ? 1 : 0;
                    double g = (p - y) * (y == 1 ? posWeight : 1);
                    double scale = e.sentenceFeatures().length == 0 ? 0 : 1 / Math.sqrt(e.sentenceFeatures().length);
                    for (int f : e.sentenceFeatures()) {
                        double gf = g * scale + L2 * w[f];
                        g2[f] += gf * gf;
                        w[f] -= (float) (LEARNING_RATE * gf / Math.sqrt(g2[f] + 1e-8));
                    }
                    for (int f : e.replyFeatures()) {
                        double gf = g + L2 * w[f];
                        g2[f] += gf * gf;
                        w[f] -= (float) (LEARNING_RATE * gf / Math.sqrt(g2[f] + 1e-8));
                    }
                    gb += g * g;
                    b -= LEARNING_RATE * g / Math.sqrt(gb);
                }
            }
            bias[c] = (float) b;
            // threshold on dev: best F0.5 of "rule or model", averaged over both languages, flagging at most
            // MAX_CLEAN_FLAGGED of the dev replies that don't have the category
            double bestF = -1;
            float bestT = 0.5f;
            for (int step = 10; step <= 95; step++) {
                float t = step / 100f;
                double f1 = 0;
                int negatives = 0;
                int falseAlarms = 0;
                for (Example e : dev) {
                    if (!e.labels()[c]) {
                        negatives++;
                        falseAlarms += !e.ruleFlags()[c] && 1 / (1 + Math.exp(-linear(w, (float) b, e))) >= t ? 1 : 0;
                    }
                }
                if (falseAlarms > MAX_CLEAN_FLAGGED * negatives) {
                    continue;
                }
                for (Language lang : Language.values()) {
                    int tp = 0;
                    int fp = 0;
                    int fn = 0;
                    for (Example e : dev) {
                        if (e.language() != lang) {
                            continue;
                        }
                        boolean got = e.ruleFlags()[c] || 1 / (1 + Math.exp(-linear(w, (float) b, e))) >= t;
                        tp += got && e.labels()[c] ? 1 : 0;
                        fp += got && !e.labels()[c] ? 1 : 0;
                        fn += !got && e.labels()[c] ? 1 : 0;
                    }
                    double pr = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
                    double rc = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
                    f1 += pr + rc == 0 ? 0 : (1 + 0.25) * pr * rc / (0.25 * pr + rc) / 2; // F0.5: precision first
                }
                if (f1 > bestF) {
                    bestF = f1;
                    bestT = t;
                }
            }
            threshold[c] = bestT;
            report.append(String.format(Locale.ROOT, "%s: %d train positives, threshold %.2f, dev F0.5 %.3f%n",
                    ReplyModel.CATEGORIES[c].id(), pos, bestT, bestF));
        }
        Path out = Path.of("src/main/resources" + ReplyModel.RESOURCE);
        Files.createDirectories(out.getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            new ReplyModel(weights, bias, threshold).write(o);
        }
        System.out.println("Klartext reply model written to " + out + " (" + Files.size(out) + " bytes)\n" + report);
    }
}
