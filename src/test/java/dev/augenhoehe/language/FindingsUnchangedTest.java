package dev.augenhoehe.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Speed work must not move accuracy: every text the repository has for Klartext (the labelled corpora, the real
 * prose, the benchmark texts, the shipped templates' strings, the pathological inputs) is checked, and all of each
 * analysis (every finding with rule, category, severity, span, line, text, message, suggestion and subject; the
 * scores, the statistics, the explained terms) is compared by hash against {@code findings-snapshot.tsv}.
 *
 * <p>On a mismatch the test names the texts that differ. To see the difference, dump the full analyses on the old
 * and on the new code and diff the files: {@code -Dfindings.dump=/tmp/old.txt} (then {@code /tmp/new.txt}). To
 * regenerate the snapshot after a change that is meant to change findings (not in speed work):
 * {@code -Dfindings.update=true}.
 */
class FindingsUnchangedTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/language/findings-snapshot.tsv");

    /** A text to check and the options it is checked with. */
    record Case(String name, String text, Language language, CheckOptions options) {
    }

    @Test
    void everyAnalysisMatchesTheSnapshot() throws IOException {
        Klartext k = Klartext.standard();
        Map<String, String> now = new LinkedHashMap<>();
        StringBuilder dump = new StringBuilder();
        for (Case c : cases()) {
            String canonical = canonical(k.analyze(c.text(), c.language(), c.options()));
            // the same text again, now from the sentence cache: the cached path must say the same
            String again = canonical(k.analyze(c.text(), c.language(), c.options()));
            assertThat(again).as("second (cached) analysis of " + c.name()).isEqualTo(canonical);
            if (now.put(c.name(), hash(canonical)) != null) {
                throw new IllegalStateException("duplicate case name " + c.name());
            }
            dump.append("### ").append(c.name()).append('\n').append(canonical).append('\n');
        }
        String dumpTo = System.getProperty("findings.dump");
        if (dumpTo != null) {
            Files.writeString(Path.of(dumpTo), dump, StandardCharsets.UTF_8);
        }
        if (Boolean.getBoolean("findings.update")) {
            StringBuilder b = new StringBuilder("# case\tsha-256 (first 16 hex) of the whole analysis; "
                    + "written by FindingsUnchangedTest -Dfindings.update=true\n");
            now.forEach((name, h) -> b.append(name).append('\t').append(h).append('\n'));
            Files.writeString(SNAPSHOT, b, StandardCharsets.UTF_8);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(SNAPSHOT, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] p = line.split("\t");
                expected.put(p[0], p[1]);
            }
        }
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            if (!e.getValue().equals(now.get(e.getKey()))) {
                differ.add(e.getKey());
            }
        }
        for (String name : now.keySet()) {
            if (!expected.containsKey(name)) {
                differ.add(name + " (not in the snapshot)");
            }
        }
        assertThat(differ).as("analyses that differ from the snapshot (" + expected.size() + " cases; diff with "
                + "-Dfindings.dump on the old and new code)").isEmpty();
        assertThat(now).hasSizeGreaterThan(3_000);
    }

    static String canonical(Analysis a) {
        StringBuilder b = new StringBuilder();
        b.append(a.language()).append('\n');
        for (Finding f : a.findings()) {
            b.append(f).append('\n');
        }
        for (Finding f : a.dismissed()) {
            b.append("dismissed ").append(f).append('\n');
        }
        b.append(a.scores()).append('\n').append(a.statistics()).append('\n')
                .append(new TreeSet<>(a.explainedTerms())).append('\n');
        return b.toString();
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        corpus(out, "/language/corpus/de.txt", Language.DE);
        corpus(out, "/language/corpus/en.txt", Language.EN);
        for (String split : List.of("train", "dev", "test")) {
            corpus(out, "/language/corpus-v2/" + split + ".txt", null);
            corpus(out, "/language/corpus-v5/" + split + ".txt", null);
            corpus(out, "/language/corpus-v6/" + split + ".txt", null);
        }
        corpus(out, "/language/prose/de.txt", Language.DE);
        corpus(out, "/language/prose/en.txt", Language.EN);
        benchTexts(out);
        templates(out);
        pathological(out);
        return out;
    }

    /** Each item as the evaluation checks it, then with German messages and as an option text; and each whole file. */
    private static void corpus(List<Case> out, String resource, Language language) throws IOException {
        String file = resource.substring("/language/".length());
        List<CorpusEval.Item> items = CorpusEval.resource(resource, language);
        StringBuilder all = new StringBuilder();
        for (CorpusEval.Item r : items) {
            CheckOptions eval = CheckOptions.defaults().withAcceptedTerms(r.accept()).withQuestion(r.question());
            out.add(new Case(file + "#" + r.id(), r.text(), r.language(), eval));
            out.add(new Case(file + "#" + r.id() + " ui=de option", r.text(), r.language(),
                    CheckOptions.defaults().withUi(Language.DE).withScope(CheckOptions.Scope.OPTION)));
            out.add(new Case(file + "#" + r.id() + " detect", r.text(), null, null));
            all.append(r.text()).append("\n\n");
        }
        out.add(new Case(file + " (whole file)", all.toString(), language, CheckOptions.defaults()));
    }

    private static void benchTexts(List<Case> out) throws IOException {
        List<GlossaryTerm> workspace = List.of(
                new GlossaryTerm("ws-rollout", "rollout", "Rollout", List.of("Rollouts"), false,
                        "Putting the new version live.", "Die neue Version live schalten."),
                new GlossaryTerm("api", "API", "API", List.of("Schnittstelle"), false,
                        "A way for programs to talk.", "Eine Schnittstelle zwischen Programmen."));
        try (Stream<Path> files = Files.list(Path.of("bench/texts"))) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                String text = Files.readString(p, StandardCharsets.UTF_8);
                Language lang = Language.parse(name.substring(0, 2));
                out.add(new Case("bench/texts/" + name, text, lang, CheckOptions.defaults().withUi(lang)));
                out.add(new Case("bench/texts/" + name + " workspace", text, lang, CheckOptions.defaults()
                        .withWorkspaceTerms(workspace).withAcceptedTerms(Set.of("cloud"))
                        .withExplainedTerms(Set.of("deployment")).withDismissed(List.of(
                                new Dismissal("sentence.long", "*")))));
            }
        }
    }

    /** Every string of every shipped template, as a reply and as an option text. */
    private static void templates(List<Case> out) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/knowledge/templates"))) {
            for (Path p : files.sorted().toList()) {
                JsonNode root = mapper.readTree(Files.readString(p, StandardCharsets.UTF_8));
                List<String> strings = new ArrayList<>();
                collect(root, strings);
                for (int i = 0; i < strings.size(); i++) {
                    String name = "templates/" + p.getFileName() + "#" + i;
                    out.add(new Case(name, strings.get(i), null, CheckOptions.defaults()));
                    out.add(new Case(name + " option", strings.get(i), null,
                            CheckOptions.defaults().withScope(CheckOptions.Scope.OPTION)));
                }
            }
        }
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isString()) {
            if (node.asString().length() >= 3) {
                out.add(node.asString());
            }
            return;
        }
        for (JsonNode child : node) {
            collect(child, out);
        }
    }

    /** The inputs of PathologicalBench and PathologicalInputTest, at two lengths. */
    private static void pathological(List<Case> out) {
        for (int n : new int[] {2_000, 100_000}) {
            Map<String, String> inputs = new LinkedHashMap<>();
            inputs.put("word", "a".repeat(n));
            inputs.put("compound", "Datenbankmigration".repeat(n / 18));
            inputs.put("no-end", "wort ".repeat(n / 5));
            inputs.put("verdicts", "nein, ".repeat(n / 6));
            inputs.put("terms", "API (".repeat(n / 5));
            inputs.put("terms-explained", "API (eine Schnittstelle zwischen Programmen) ".repeat(n / 45));
            inputs.put("list", "- a\n".repeat(n / 4));
            inputs.put("emoji", "😀".repeat(n / 2));
            inputs.put("tone", "Das ist doch ganz einfach, wie gesagt, ".repeat(n / 40));
            for (Map.Entry<String, String> e : inputs.entrySet()) {
                for (Language l : Language.values()) {
                    out.add(new Case("pathological/" + e.getKey() + "-" + n + "-" + l.code(), e.getValue(), l,
                            CheckOptions.defaults()));
                }
            }
        }
    }
}
