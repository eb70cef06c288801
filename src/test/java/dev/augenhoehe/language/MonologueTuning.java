package dev.augenhoehe.language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Grid search of the monologue factors on the train split (and a look at dev). Not a test; run by hand. */
final class MonologueTuning {

    public static void main(String[] args) throws IOException {
        List<CorpusEval.Item> items = new ArrayList<>();
        for (String a : args) {
            items.addAll(CorpusEval.parse(Files.readString(Path.of(a)), null));
        }
        double best = -1;
        String bestP = "";
        for (double sf : new double[] {0.6, 0.75, 0.9, 1.0, 1.2}) {
            for (double df : new double[] {1.5, 2.0, 2.5, 3.0}) {
                for (double st : new double[] {1.25, 1.75, 2.25, 3.0}) {
                    for (int block : new int[] {60, 80, 120}) {
                        MonologueRule.params = new MonologueRule.Params(sf, df, 0.4, 2.0, 4, st, 3, block, sf);
                        CorpusEval.Score s = CorpusEval.score(items, List.of(Category.MONOLOGUE));
                        double f = 0;
                        for (Language l : Language.values()) {
                            double p = s.precision(Category.MONOLOGUE, l);
                            double r = s.recall(Category.MONOLOGUE, l);
                            f += p + r == 0 ? 0 : 2 * p * r / (p + r) / 2;
                        }
                        if (f > best) {
                            best = f;
                            bestP = String.format(Locale.ROOT, "short %.2f detail %.2f structure %.2f block %d: F1 %.3f",
                                    sf, df, st, block, f);
                            System.out.println(bestP + "\n" + s.table("", List.of(Category.MONOLOGUE)));
                        }
                    }
                }
            }
        }
    }
}
