package dev.augenhoehe.language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads labelled corpora and scores Klartext on them. Format: {@code ### id expect: cat, cat accept: term, term}
 * (further {@code key: value} pairs such as {@code from:} may follow), optionally a line starting with {@code ? }
 * right after the header holding the client's question, then the reply. Only WARNING and ERROR findings count.
 * Also runnable as a program for tuning on the train and dev splits:
 * {@code java -cp target/test-classes:target/classes:... dev.augenhoehe.language.CorpusEval FILE... [--misses]}.
 */
final class CorpusEval {

    /** The four eye-level categories the new corpus labels (long sentences and hard text it does not). */
    static final List<Category> EYE_LEVEL = List.of(Category.BARE_ANSWER, Category.CONDESCENDING,
            Category.UNEXPLAINED_JARGON, Category.MONOLOGUE);

    record Item(String id, Language language, Set<String> expected, Set<String> accept, String question,
                String text) {

        /** The writer: the part of the id before the first dash, or "" */
        String writer() {
            int dash = id.indexOf('-');
            return dash > 0 ? id.substring(0, dash) : "";
        }
    }

    /** Counts per category and language: tp, fp, fn; and clean items flagged. */
    static final class Score {
        final Map<String, int[]> counts = new TreeMap<>();
        int clean;
        int cleanFlagged;
        final List<String> misses = new ArrayList<>();

        int[] of(Category c, Language l) {
            return counts.computeIfAbsent(c.id() + " " + l.code(), k -> new int[3]);
        }

        double precision(Category c, Language l) {
            int[] n = of(c, l);
            return n[0] + n[1] == 0 ? 1.0 : (double) n[0] / (n[0] + n[1]);
        }

        double recall(Category c, Language l) {
            int[] n = of(c, l);
            return n[0] + n[2] == 0 ? 1.0 : (double) n[0] / (n[0] + n[2]);
        }

        double cleanFlaggedShare() {
            return clean == 0 ? 0 : (double) cleanFlagged / clean;
        }

        String table(String title, List<Category> categories) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s%n%-22s %4s %4s %4s %4s %9s %7s%n",
                    title, "category", "lang", "TP", "FP", "FN", "precision", "recall"));
            for (Category c : categories) {
                for (Language l : Language.values()) {
                    int[] n = of(c, l);
                    b.append(String.format(Locale.ROOT, "%-22s %4s %4d %4d %4d %9.3f %7.3f%n", c.id(), l.code(),
                            n[0], n[1], n[2], precision(c, l), recall(c, l)));
                }
            }
            b.append(String.format(Locale.ROOT, "clean items flagged (any of the above): %d of %d = %.1f %%%n",
                    cleanFlagged, clean, 100 * cleanFlaggedShare()));
            return b.toString();
        }
    }

    private CorpusEval() {
    }

    static List<Item> parse(String all, Language language) {
        List<Item> out = new ArrayList<>();
        String id = null;
        String header = null;
        StringBuilder body = new StringBuilder();
        for (String line : (all + "\n### end").split("\n", -1)) {
            if (line.startsWith("### ")) {
                if (id != null) {
                    out.add(item(id, header, body.toString(), language));
                }
                header = line.substring(4).strip();
                id = header.split("\\s+")[0];
                body.setLength(0);
            } else if (id != null) {
                body.append(line).append('\n');
            } else if (!line.isBlank() && !line.startsWith("#")) {
                throw new IllegalArgumentException("text before the first ### header: " + line);
            }
        }
        return out;
    }

    private static Item item(String id, String header, String rawBody, Language fallback) {
        Map<String, String> fields = fields(header);
        Set<String> expected = list(fields.getOrDefault("expect", ""));
        expected.remove("none");
        Set<String> accept = list(fields.getOrDefault("accept", ""));
        String body = rawBody.strip();
        String question = "";
        if (body.startsWith("? ")) {
            int nl = body.indexOf('\n');
            question = (nl < 0 ? body : body.substring(0, nl)).substring(2).strip();
            body = nl < 0 ? "" : body.substring(nl + 1).strip();
        }
        Language lang = fields.containsKey("lang") ? Language.parse(fields.get("lang")) : null;
        if (lang == null) {
            lang = id.contains("-de-") || id.startsWith("de-") ? Language.DE
                    : id.contains("-en-") || id.startsWith("en-") ? Language.EN : fallback;
        }
        if (lang == null) {
            lang = Language.detect(body);
        }
        return new Item(id, lang, expected, accept, question, body);
    }

    /** "expect: a, b accept: x from: y" → {expect=a, b; accept=x; from=y} */
    private static Map<String, String> fields(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] parts = header.split("\\s+");
        String key = null;
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (p.endsWith(":") && p.length() > 1 && p.substring(0, p.length() - 1).matches("[a-z]+")) {
                if (key != null) {
                    out.put(key, value.toString().strip());
                }
                key = p.substring(0, p.length() - 1);
                value.setLength(0);
            } else if (key != null) {
                value.append(' ').append(p);
            }
        }
        if (key != null) {
            out.put(key, value.toString().strip());
        }
        return out;
    }

    private static Set<String> list(String s) {
        return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static List<Item> resource(String name, Language language) throws IOException {
        try (InputStream in = CorpusEval.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " not on the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), language);
        }
    }

    static Score score(List<Item> items, List<Category> categories) {
        Klartext k = Klartext.standard();
        Score score = new Score();
        for (Item r : items) {
            CheckOptions options = CheckOptions.defaults().withAcceptedTerms(r.accept()).withQuestion(r.question());
            Analysis a = k.analyze(r.text(), r.language(), options);
            Set<String> found = a.findings().stream().filter(Finding::isProblem).map(Finding::categoryId)
                    .collect(Collectors.toSet());
            boolean anyFound = false;
            boolean anyExpected = false;
            for (Category c : categories) {
                boolean exp = r.expected().contains(c.id());
                boolean got = found.contains(c.id());
                anyFound |= got;
                anyExpected |= exp;
                int[] n = score.of(c, r.language());
                if (exp && got) {
                    n[0]++;
                } else if (got) {
                    n[1]++;
                    score.misses.add(String.format("  FP %-18s %s: %s", c.id(), r.id(), evidence(a, c)));
                } else if (exp) {
                    n[2]++;
                    score.misses.add(String.format("  FN %-18s %s: %s", c.id(), r.id(), shorten(r.text())));
                }
            }
            if (!anyExpected) {
                score.clean++;
                score.cleanFlagged += anyFound ? 1 : 0;
            }
        }
        return score;
    }

    static String evidence(Analysis a, Category c) {
        return a.findings(c).stream().filter(Finding::isProblem).map(f -> f.rule() + " \"" + shorten(f.text()) + "\"")
                .collect(Collectors.joining("; "));
    }

    static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 110 ? one.substring(0, 110) + "…" : one;
    }

    public static void main(String[] args) throws IOException {
        List<Item> items = new ArrayList<>();
        boolean misses = false;
        for (String a : args) {
            if (a.equals("--misses")) {
                misses = true;
            } else {
                items.addAll(parse(Files.readString(Path.of(a)), null));
            }
        }
        Score s = score(items, EYE_LEVEL);
        System.out.print(s.table(items.size() + " items", EYE_LEVEL));
        if (misses) {
            s.misses.forEach(System.out::println);
        }
    }
}
