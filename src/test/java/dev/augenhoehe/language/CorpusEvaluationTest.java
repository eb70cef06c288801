package dev.augenhoehe.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Precision and recall per category and language (only WARNING and ERROR findings count), printed and enforced:
 * <ul>
 *   <li>on the frozen test split of corpus v2 (written independently, never used for tuning; see
 *       {@link CorpusIntegrityTest}): the goal (precision 0.90, recall 0.85, at most 5 % of clean
 *       replies flagged) where it is reached, and otherwise the value measured when the split was first read
 *       minus a margin of 0.05 (0.03 for shares), so the build stays green and a regression still fails. The
 *       gaps are in docs/klartext.md;</li>
 *   <li>on corpus v3 ({@code language/corpus-v3/}, test only, other writers and styles, frozen before Klartext
 *       first ran on it): the value measured on that first reading minus 0.05 where the goal is not reached;</li>
 *   <li>on corpus v3b, v4 and v7 (test only) and the frozen test splits of corpora v5, v6 and v8 (whose train
 *       and dev splits were tuned on), the same way;</li>
 *   <li>on the regression set (the first 300 replies, {@code language/corpus/}): precision 0.90 and recall 0.85 in
 *       every category, as before, now per language;</li>
 *   <li>on real prose nobody here wrote ({@code language/prose/}): the share of passages flagged.</li>
 * </ul>
 */
class CorpusEvaluationTest {

    static final double GOAL_PRECISION = 0.90;
    static final double GOAL_RECALL = 0.85;
    static final double GOAL_CLEAN_FLAGGED = 0.05;

    /** Floors on the test split where the goal is not reached: measured on first reading minus 0.05. */
    static final Map<String, double[]> TEST_FLOORS = Map.of(
            "answer.bare de", new double[] {GOAL_PRECISION, 0.57},
            "answer.bare en", new double[] {GOAL_PRECISION, 0.75},
            // the tone model is off by default (see ModelRule.TONE_MODEL): phrase rules only
            // round 2 (new tone families, jargon.acronym in English): measured at the end minus 0.05
            "tone.condescending de", new double[] {0.61, 0.17},
            "tone.condescending en", new double[] {0.64, 0.32},
            "jargon.unexplained de", new double[] {GOAL_PRECISION, 0.69},
            "jargon.unexplained en", new double[] {0.70, 0.79},
            // 0.765 once a closed question's answer that comes first may run to 0.9 of the limit (3 December 2026);
            // 0.588 after round 7 (structure and plain sentences earn a longer limit, 4 December 2026): three more
            // of 17 German monologues pass, while monologue false alarms fell on six of the eight held-out sets.
            // That reading minus 0.05
            "length.monologue de", new double[] {GOAL_PRECISION, 0.53},
            "length.monologue en", new double[] {GOAL_PRECISION, GOAL_RECALL});
    /** Measured 5.2 % on first reading. */
    static final double TEST_MAX_CLEAN_FLAGGED = 0.082;
    /** Floors on corpus v3: measured on its first reading (tone model off, as shipped) minus 0.05, or the goal. */
    static final Map<String, double[]> V3_FLOORS = Map.of(
            "answer.bare de", new double[] {GOAL_PRECISION, 0.25},
            "answer.bare en", new double[] {GOAL_PRECISION, 0.56},
            "tone.condescending de", new double[] {0.70, 0.25},
            "tone.condescending en", new double[] {0.61, 0.15},
            "jargon.unexplained de", new double[] {0.67, GOAL_RECALL},
            "jargon.unexplained en", new double[] {0.56, GOAL_RECALL},
            "length.monologue de", new double[] {GOAL_PRECISION, GOAL_RECALL},
            "length.monologue en", new double[] {GOAL_PRECISION, 0.75}); // round 7: 4 of 5 found
    /** Measured 17.9 % (10 of 56) on first reading, 12.5 % (7) after the answer-first factor. */
    static final double V3_MAX_CLEAN_FLAGGED = 0.16;
    /** Floors on corpus v3b (the same writers' later replies): measured on first reading minus 0.05, or the goal. */
    static final Map<String, double[]> V3B_FLOORS = Map.of(
            "answer.bare de", new double[] {GOAL_PRECISION, 0.54},
            "answer.bare en", new double[] {0.86, 0.29},
            "tone.condescending de", new double[] {0.82, 0.36},
            "tone.condescending en", new double[] {0.76, 0.51},
            "jargon.unexplained de", new double[] {0.66, GOAL_RECALL},
            "jargon.unexplained en", new double[] {0.55, GOAL_RECALL},
            // round 7 (structure and plain sentences earn a longer limit): 0.688 and 0.765, precision 1.000
            "length.monologue de", new double[] {GOAL_PRECISION, 0.63},
            "length.monologue en", new double[] {GOAL_PRECISION, 0.71});
    /** Measured 12.0 % (20 of 166) on first reading, 7.2 % (12) after the answer-first factor. */
    static final double V3B_MAX_CLEAN_FLAGGED = 0.11;
    /** Corpus v4 (two new writers, this round's styles), first reading with the tone model off, minus 0.05. */
    static final Map<String, double[]> V4_FLOORS = Map.of(
            "answer.bare de", new double[] {GOAL_PRECISION, 0.47},
            "answer.bare en", new double[] {GOAL_PRECISION, 0.61},
            "tone.condescending de", new double[] {0.83, 0.42},
            "tone.condescending en", new double[] {GOAL_PRECISION, 0.52},
            "jargon.unexplained de", new double[] {GOAL_PRECISION, GOAL_RECALL},
            "jargon.unexplained en", new double[] {0.76, GOAL_RECALL},
            // round 7: precision 1.000 and 0.867
            "length.monologue de", new double[] {GOAL_PRECISION, GOAL_RECALL},
            "length.monologue en", new double[] {0.81, GOAL_RECALL});
    /** Measured 10.9 % (13 of 119) on first reading, 6.7 % (8) after the answer-first factor, 3.4 % after round 7. */
    static final double V4_MAX_CLEAN_FLAGGED = 0.07;
    /** Corpus v5 (four new writers; its frozen test split), first reading with the tone model off, minus 0.05. */
    static final Map<String, double[]> V5_FLOORS = Map.of(
            "answer.bare de", new double[] {GOAL_PRECISION, 0.35},
            "answer.bare en", new double[] {GOAL_PRECISION, GOAL_RECALL},
            "tone.condescending de", new double[] {0.75, 0.52},
            "tone.condescending en", new double[] {0.78, 0.58},
            "jargon.unexplained de", new double[] {GOAL_PRECISION, GOAL_RECALL},
            "jargon.unexplained en", new double[] {0.68, GOAL_RECALL},
            "length.monologue de", new double[] {GOAL_PRECISION, GOAL_RECALL},
            "length.monologue en", new double[] {0.80, 0.80}); // round 7: 0.857 / 0.857
    /** Measured 11.9 % (7 of 59) on first reading, 8.5 % (5) after the answer-first factor, 3.4 % after round 7. */
    static final double V5_MAX_CLEAN_FLAGGED = 0.07;
    /** Corpus v6 (six new writers; its frozen test split), first reading with the tone model off, minus 0.05. */
    static final Map<String, double[]> V6_FLOORS = Map.of(
            "answer.bare de", new double[] {0.87, 0.65},
            "answer.bare en", new double[] {0.86, 0.68},
            "tone.condescending de", new double[] {0.82, 0.41},
            "tone.condescending en", new double[] {GOAL_PRECISION, 0.30},
            "jargon.unexplained de", new double[] {GOAL_PRECISION, 0.66},
            "jargon.unexplained en", new double[] {GOAL_PRECISION, GOAL_RECALL},
            "length.monologue de", new double[] {GOAL_PRECISION, GOAL_RECALL},
            "length.monologue en", new double[] {GOAL_PRECISION, GOAL_RECALL});
    /** Measured 5.8 % (3 of 52) on first reading, 3.8 % (2) after the answer-first factor. */
    static final double V6_MAX_CLEAN_FLAGGED = 0.07;
    /** Corpus v7 (test only, four new writers), first reading (after round 5, tone model off), minus 0.05. */
    static final Map<String, double[]> V7_FLOORS = Map.of(
            "answer.bare de", new double[] {GOAL_PRECISION, 0.54},
            "answer.bare en", new double[] {GOAL_PRECISION, 0.70},
            "tone.condescending de", new double[] {0.81, 0.43},
            "tone.condescending en", new double[] {0.81, 0.31},
            "jargon.unexplained de", new double[] {0.68, 0.77},
            // round 7: jargon 0.588 ("logging in" is no jargon), monologue precision 1.000 and 0.750
            "jargon.unexplained en", new double[] {0.53, GOAL_RECALL},
            "length.monologue de", new double[] {GOAL_PRECISION, GOAL_RECALL},
            "length.monologue en", new double[] {0.70, GOAL_RECALL});
    /** Measured 30.0 % (39 of 130) on first reading, 21.5 % (28) after the answer-first factor, 16.2 % after round 7. */
    static final double V7_MAX_CLEAN_FLAGGED = 0.19;
    /**
     * Corpus v8 (four new writers, many long replies; its frozen test split), read after round 7 (tuned on its
     * train and dev splits), tone model off, minus 0.05. The first reading, before round 7, is in docs/klartext.md.
     */
    static final Map<String, double[]> V8_FLOORS = Map.of(
            "answer.bare de", new double[] {GOAL_PRECISION, 0.57},
            "answer.bare en", new double[] {GOAL_PRECISION, 0.58},
            "tone.condescending de", new double[] {0.61, 0.49},
            "tone.condescending en", new double[] {0.78, 0.45},
            "jargon.unexplained de", new double[] {0.85, 0.76},
            "jargon.unexplained en", new double[] {0.61, GOAL_RECALL},
            "length.monologue de", new double[] {0.64, GOAL_RECALL},
            "length.monologue en", new double[] {0.60, GOAL_RECALL});
    /** Measured 49.0 % (24 of 49) on first reading, 30.6 % (15) after round 7. */
    static final double V8_MAX_CLEAN_FLAGGED = 0.34;
    /** Measured 17 % on first reading (mostly licence texts' source code, GPL, compiler; see docs). */
    static final double PROSE_MAX_FLAGGED = 0.20;

    /** A frozen set that judges Klartext: where it is, how many replies it holds, and its floors. */
    record HeldOut(String what, String resource, int size, Map<String, double[]> floors, double maxCleanFlagged) {
        @Override
        public String toString() {
            return what;
        }
    }

    static List<HeldOut> heldOut() {
        return List.of(
                new HeldOut("the frozen test split of corpus v2", "corpus-v2", 308, TEST_FLOORS,
                        TEST_MAX_CLEAN_FLAGGED),
                new HeldOut("corpus v3", "corpus-v3", 124, V3_FLOORS, V3_MAX_CLEAN_FLAGGED),
                new HeldOut("corpus v3b", "corpus-v3b", 341, V3B_FLOORS, V3B_MAX_CLEAN_FLAGGED),
                new HeldOut("corpus v4", "corpus-v4", 240, V4_FLOORS, V4_MAX_CLEAN_FLAGGED),
                new HeldOut("the frozen test split of corpus v5", "corpus-v5", 114, V5_FLOORS, V5_MAX_CLEAN_FLAGGED),
                new HeldOut("the frozen test split of corpus v6", "corpus-v6", 125, V6_FLOORS, V6_MAX_CLEAN_FLAGGED),
                new HeldOut("corpus v7", "corpus-v7", 320, V7_FLOORS, V7_MAX_CLEAN_FLAGGED),
                new HeldOut("the frozen test split of corpus v8", "corpus-v8", 113, V8_FLOORS, V8_MAX_CLEAN_FLAGGED));
    }

    @ParameterizedTest
    @MethodSource("heldOut")
    void heldOutSetMeetsItsFloors(HeldOut set) throws IOException {
        List<CorpusEval.Item> items = CorpusEval.resource("/language/" + set.resource() + "/test.txt", null);
        assertThat(items).hasSize(set.size());
        enforce(set.what(), items, set.floors(), set.maxCleanFlagged());
    }

    /** Prints the table (never the misses: a frozen test set is not read reply by reply) and checks the floors. */
    private static void enforce(String what, List<CorpusEval.Item> items, Map<String, double[]> floors,
                                double maxCleanFlagged) {
        CorpusEval.Score s = CorpusEval.score(items, CorpusEval.EYE_LEVEL);
        System.out.println(s.table("Klartext on " + what + " (" + items.size() + " replies)", CorpusEval.EYE_LEVEL));
        List<String> failures = new ArrayList<>();
        for (Category c : CorpusEval.EYE_LEVEL) {
            for (Language l : Language.values()) {
                double[] floor = floors.get(c.id() + " " + l.code());
                check(failures, c.id() + " " + l.code(), s.precision(c, l), s.recall(c, l), floor[0], floor[1]);
            }
        }
        assertThat(s.cleanFlaggedShare()).as("share of clean replies flagged in %s", what)
                .isLessThanOrEqualTo(Math.max(GOAL_CLEAN_FLAGGED, maxCleanFlagged));
        assertThat(failures).as("below the floors on %s", what).isEmpty();
    }

    /** The dev split, printed only (for tuning: what the train and dev splits are for). */
    @Test
    void devSplit() throws IOException {
        List<CorpusEval.Item> items = CorpusEval.resource("/language/corpus-v2/dev.txt", null);
        CorpusEval.Score s = CorpusEval.score(items, CorpusEval.EYE_LEVEL);
        System.out.println(s.table("Klartext on the dev split of corpus v2 (" + items.size() + " replies)",
                CorpusEval.EYE_LEVEL));
        assertThat(items).hasSizeGreaterThan(300);
    }

    @Test
    void regressionSet() throws IOException {
        List<CorpusEval.Item> items = new ArrayList<>(CorpusEval.resource("/language/corpus/de.txt", Language.DE));
        items.addAll(CorpusEval.resource("/language/corpus/en.txt", Language.EN));
        assertThat(items).hasSize(300);
        List<Category> all = List.of(Category.values());
        CorpusEval.Score s = CorpusEval.score(items, all);
        System.out.println(s.table("Klartext on the regression set (" + items.size() + " replies)", all));
        if (!s.misses.isEmpty()) {
            System.out.println("Misses:\n" + String.join("\n", s.misses));
        }
        List<String> failures = new ArrayList<>();
        for (Category c : all) {
            for (Language l : Language.values()) {
                check(failures, c.id() + " " + l.code(), s.precision(c, l), s.recall(c, l), GOAL_PRECISION,
                        GOAL_RECALL);
            }
        }
        assertThat(failures).as("below precision %.2f or recall %.2f", GOAL_PRECISION, GOAL_RECALL).isEmpty();
    }

    @Test
    void realProse() throws IOException {
        List<CorpusEval.Item> items = new ArrayList<>(CorpusEval.resource("/language/prose/de.txt", Language.DE));
        items.addAll(CorpusEval.resource("/language/prose/en.txt", Language.EN));
        assertThat(items).hasSizeGreaterThanOrEqualTo(100);
        CorpusEval.Score s = CorpusEval.score(items, CorpusEval.EYE_LEVEL);
        System.out.println(s.table("Klartext on real prose from Debian packages (" + items.size() + " passages)",
                CorpusEval.EYE_LEVEL) + String.join("\n", s.misses));
        assertThat(s.clean).isEqualTo(items.size());
        assertThat(s.cleanFlaggedShare()).as("share of real prose flagged").isLessThanOrEqualTo(PROSE_MAX_FLAGGED);
    }

    private static void check(List<String> failures, String what, double p, double r, double minP, double minR) {
        if (p < minP || r < minR) {
            failures.add(String.format(Locale.ROOT, "%s: precision %.3f (floor %.2f), recall %.3f (floor %.2f)",
                    what, p, minP, r, minR));
        }
    }
}
