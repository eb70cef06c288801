package dev.augenhoehe.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall per category over the labelled corpus ({@code language/corpus/de.txt} and
 * {@code en.txt}, format in docs/klartext.md). Only WARNING and ERROR findings count. Fails below precision
 * 0.90 or recall 0.85 in any category.
 */
class CorpusEvaluationTest {

    static final double MIN_PRECISION = 0.90;
    static final double MIN_RECALL = 0.85;

    record Reply(String id, Language language, Set<String> expected, Set<String> accept, String text) {
    }

    static List<Reply> load(String resource, Language language) throws IOException {
        List<Reply> out = new ArrayList<>();
        try (InputStream in = CorpusEvaluationTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String id = null;
            Set<String> expected = Set.of();
            Set<String> accept = Set.of();
            StringBuilder body = new StringBuilder();
            for (String line : (all + "\n### end").split("\n", -1)) {
                if (line.startsWith("### ")) {
                    if (id != null) {
                        out.add(new Reply(id, language, expected, accept, body.toString().strip()));
                    }
                    String header = line.substring(4).strip();
                    id = header.split("\\s+")[0];
                    expected = list(header, "expect:");
                    expected.remove("none");
                    accept = list(header, "accept:");
                    body.setLength(0);
                } else if (id != null) {
                    body.append(line).append('\n');
                }
            }
        }
        return out;
    }

    private static Set<String> list(String header, String label) {
        int i = header.indexOf(label);
        if (i < 0) {
            return new LinkedHashSet<>();
        }
        String rest = header.substring(i + label.length());
        int next = rest.indexOf(" accept:");
        if (next >= 0 && !label.equals("accept:")) {
            rest = rest.substring(0, next);
        }
        return Arrays.stream(rest.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Test
    void precisionAndRecallPerCategory() throws IOException {
        List<Reply> replies = new ArrayList<>(load("/language/corpus/de.txt", Language.DE));
        replies.addAll(load("/language/corpus/en.txt", Language.EN));
        assertThat(replies).hasSizeGreaterThanOrEqualTo(200);

        Klartext klartext = Klartext.standard();
        Map<Category, int[]> counts = new EnumMap<>(Category.class); // tp, fp, fn
        for (Category c : Category.values()) {
            counts.put(c, new int[3]);
        }
        StringBuilder misses = new StringBuilder();
        for (Reply r : replies) {
            CheckOptions options = CheckOptions.defaults().withAcceptedTerms(r.accept());
            Analysis a = klartext.analyze(r.text(), r.language(), options);
            Set<String> found = a.findings().stream().filter(Finding::isProblem).map(Finding::categoryId)
                    .collect(Collectors.toSet());
            for (Category c : Category.values()) {
                boolean exp = r.expected().contains(c.id());
                boolean got = found.contains(c.id());
                if (exp && got) {
                    counts.get(c)[0]++;
                } else if (got) {
                    counts.get(c)[1]++;
                    misses.append(String.format("  FP %-18s %s: %s%n", c.id(), r.id(), evidence(a, c)));
                } else if (exp) {
                    counts.get(c)[2]++;
                    misses.append(String.format("  FN %-18s %s: %s%n", c.id(), r.id(), shorten(r.text())));
                }
            }
        }
        StringBuilder table = new StringBuilder(String.format("%n%-20s %5s %5s %5s %9s %7s%n",
                "category", "TP", "FP", "FN", "precision", "recall"));
        List<String> failures = new ArrayList<>();
        for (Category c : Category.values()) {
            int[] n = counts.get(c);
            double p = n[0] + n[1] == 0 ? 1.0 : (double) n[0] / (n[0] + n[1]);
            double rc = n[0] + n[2] == 0 ? 1.0 : (double) n[0] / (n[0] + n[2]);
            table.append(String.format(Locale.ROOT, "%-20s %5d %5d %5d %9.3f %7.3f%n", c.id(), n[0], n[1], n[2], p, rc));
            if (p < MIN_PRECISION || rc < MIN_RECALL) {
                failures.add(c.id());
            }
        }
        System.out.println("Klartext corpus evaluation over " + replies.size() + " replies" + table);
        if (misses.length() > 0) {
            System.out.println("Misses:\n" + misses);
        }
        assertThat(failures).as("categories below precision %.2f or recall %.2f", MIN_PRECISION, MIN_RECALL)
                .isEmpty();
    }

    private static String evidence(Analysis a, Category c) {
        return a.findings(c).stream().filter(Finding::isProblem).map(f -> f.rule() + " \"" + shorten(f.text()) + "\"")
                .collect(Collectors.joining("; "));
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 110 ? one.substring(0, 110) + "…" : one;
    }
}
