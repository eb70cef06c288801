package dev.augenhoehe.language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Grid search of the monologue factors on train splits (then a look at dev with the best). Not a test; run by hand:
 * {@code MonologueTuning TRAIN… -- DEV…}.
 */
final class MonologueTuning {

    public static void main(String[] args) throws IOException {
        List<CorpusEval.Item> train = new ArrayList<>();
        List<CorpusEval.Item> dev = new ArrayList<>();
        List<CorpusEval.Item> into = train;
        for (String a : args) {
            if (a.equals("--")) {
                into = dev;
                continue;
            }
            into.addAll(CorpusEval.parse(Files.readString(Path.of(a)), null));
        }
        MonologueRule.Params start = MonologueRule.params;
        double best = -1;
        MonologueRule.Params bestP = start;
        for (double st : new double[] {1.75, 2.0, 2.5, 3.0}) {
                for (double pivot : new double[] {16, 18, 20, 22}) {
                    for (double maxPlain : new double[] {1.1, 1.25, 1.5}) {
                        var p = new MonologueRule.Params(start.shortFactor(), start.detailFactor(),
                                start.perExtraQuestion(), start.maxQuestionsFactor(), start.maxShortQuestions(), st,
                                start.minItems(), start.answerFirstFactor(), pivot, maxPlain);
                        MonologueRule.params = p;
                        double f = f1(CorpusEval.score(train, List.of(Category.MONOLOGUE)));
                        if (f > best) {
                            best = f;
                            bestP = p;
                            System.out.printf(Locale.ROOT, "structure %.2f plain %.0f max %.2f: train F1 %.3f%n",
                                    st, pivot, maxPlain, f);
                        }
                    }
                }
        }
        for (var p : List.of(start, bestP)) {
            MonologueRule.params = p;
            System.out.println(p);
            System.out.println(CorpusEval.score(train, List.of(Category.MONOLOGUE)).table("train", List.of(Category.MONOLOGUE)));
            System.out.println(CorpusEval.score(dev, List.of(Category.MONOLOGUE)).table("dev", List.of(Category.MONOLOGUE)));
        }
    }

    /** Mean of the German and English F1. */
    static double f1(CorpusEval.Score s) {
        double f = 0;
        for (Language l : Language.values()) {
            double p = s.precision(Category.MONOLOGUE, l);
            double r = s.recall(Category.MONOLOGUE, l);
            f += p + r == 0 ? 0 : 2 * p * r / (p + r) / 2;
        }
        return f;
    }
}
