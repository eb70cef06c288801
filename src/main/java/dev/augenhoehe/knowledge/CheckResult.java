package dev.augenhoehe.knowledge;

import dev.augenhoehe.language.Analysis;
import dev.augenhoehe.language.Category;
import dev.augenhoehe.language.Finding;
import dev.augenhoehe.language.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A Klartext analysis prepared for showing: the text cut into segments, each segment knowing the findings that
 * cover it, so the page can mark them in place; and the problem counts per category.
 *
 * @param text     the checked text
 * @param segments the whole text in order; a segment with findings is shown as a mark
 * @param counts   problems (warnings and errors) per category, every category present
 */
public record CheckResult(String text, Analysis analysis, List<Segment> segments, Map<Category, Integer> counts) {

    // whole-text findings would mark everything; they are shown in the summary instead
    private static final List<Category> NOT_INLINE = List.of(Category.MONOLOGUE, Category.HARD_TO_READ);

    /**
     * A piece of the text.
     *
     * @param findings indexes into {@code analysis().findings()}
     * @param severity the strongest severity among them, or null
     */
    public record Segment(String text, List<Integer> findings, Severity severity) {

        public boolean marked() {
            return !findings.isEmpty();
        }

        /** The ids of the finding list items that describe this mark, for {@code aria-describedby}. */
        public String describedBy(String panel) {
            StringBuilder ids = new StringBuilder();
            for (int i : findings) {
                ids.append(ids.isEmpty() ? "" : " ").append(panel).append("-f-").append(i);
            }
            return ids.toString();
        }
    }

    public static CheckResult of(String text, Analysis analysis) {
        List<Finding> findings = analysis.findings();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Finding f : findings) {
            if (inline(f, text)) {
                cuts.add(f.start());
                cuts.add(Math.min(f.end(), text.length()));
            }
        }
        List<Segment> segments = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                List<Integer> covering = new ArrayList<>();
                Severity strongest = null;
                for (int i = 0; i < findings.size(); i++) {
                    Finding f = findings.get(i);
                    if (inline(f, text) && f.start() <= from && f.end() >= cut) {
                        covering.add(i);
                        strongest = strongest == null || f.severity().compareTo(strongest) > 0 ? f.severity()
                                : strongest;
                    }
                }
                segments.add(new Segment(text.substring(from, cut), covering, strongest));
            }
            from = cut;
        }
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            counts.put(c, (int) findings.stream().filter(f -> f.category() == c && f.isProblem()).count());
        }
        return new CheckResult(text, analysis, segments, counts);
    }

    private static boolean inline(Finding f, String text) {
        return !NOT_INLINE.contains(f.category()) && f.end() > f.start() && f.start() < text.length();
    }

    public List<Finding> findings() {
        return analysis.findings();
    }

    public int errors() {
        return (int) analysis.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public int warnings() {
        return (int) analysis.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    /** Warnings and errors: what the writer should act on. */
    public int problems() {
        return (int) analysis.findings().stream().filter(Finding::isProblem).count();
    }

    /** The categories with at least one problem, most frequent first. */
    public List<Map.Entry<Category, Integer>> problemCounts() {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<Category, Integer>comparingByValue(Comparator.reverseOrder())).toList();
    }

    /** easy, medium or hard, from the reading ease (Amstad or Flesch); "unknown" for texts too short to tell. */
    public String readability() {
        double ease = analysis.scores().readingEase();
        if (Double.isNaN(ease) || analysis.statistics().words() < 10) {
            return "unknown";
        }
        return ease >= 60 ? "easy" : ease >= 30 ? "medium" : "hard";
    }

    public long readingEaseRounded() {
        double ease = analysis.scores().readingEase();
        return Double.isNaN(ease) ? 0 : Math.round(ease);
    }

    /** Reading time in whole minutes, at least 1 for any text. */
    public int readingMinutes() {
        return Math.max(1, (analysis.scores().readingTimeSeconds() + 59) / 60);
    }
}
