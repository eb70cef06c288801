package dev.augenhoehe.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped glossary's data rules (format v1, see docs/klartext.md): every part listed in index.txt, a
 * header line, seven columns, unique ids, at least 400 terms, explanations of at most 25 words ending with a
 * period, known flag 0/1, and no surface form shared by two terms.
 */
class GlossaryIntegrityTest {

    @Test
    void partsAreWellFormed() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        Map<String, String> forms = new HashMap<>();
        int terms = 0;
        for (String part : parts()) {
            try (InputStream in = getClass().getResourceAsStream("/language/glossary/" + part)) {
                assertThat(in).as(part + " listed in index.txt is on the classpath").isNotNull();
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
                assertThat(lines[0]).as(part + " header").startsWith("# augenhoehe glossary v1");
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i].replace("\r", "");
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String where = part + ":" + (i + 1);
                    String[] c = line.split("\t", -1);
                    if (c.length != 7) {
                        problems.add(where + ": " + c.length + " columns instead of 7");
                        continue;
                    }
                    terms++;
                    String id = c[0];
                    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                        problems.add(where + ": id '" + id + "' is not a lowercase slug");
                    }
                    String previous = ids.put(id, where);
                    if (previous != null) {
                        problems.add(where + ": id '" + id + "' also at " + previous);
                    }
                    if (!c[4].equals("0") && !c[4].equals("1")) {
                        problems.add(where + ": known must be 0 or 1");
                    }
                    for (int col = 5; col <= 6; col++) {
                        String e = c[col].strip();
                        int words = e.isEmpty() ? 0 : e.split("\\s+").length;
                        if (words == 0 || words > 25) {
                            problems.add(where + ": explanation " + (col - 4) + " has " + words + " words");
                        }
                        if (!e.endsWith(".")) {
                            problems.add(where + ": explanation " + (col - 4) + " does not end with a period");
                        }
                        if (e.contains("|")) {
                            problems.add(where + ": explanation contains |");
                        }
                    }
                    GlossaryTerm t = new GlossaryTerm(id, c[1], c[2], List.of(c[3].split("\\|")), false, "", "");
                    for (String form : t.forms()) {
                        String key = GlossaryIndex.isAbbreviation(form.strip()) ? form.strip()
                                : form.strip().toLowerCase(Locale.ROOT);
                        String owner = forms.putIfAbsent(key, id);
                        if (owner != null && !owner.equals(id)) {
                            problems.add(where + ": form '" + form + "' also belongs to " + owner);
                        }
                    }
                }
            }
        }
        System.out.println("Glossary: " + terms + " terms in " + parts().size() + " parts");
        assertThat(problems).isEmpty();
        assertThat(terms).isGreaterThanOrEqualTo(400);
    }

    @Test
    void shippedGlossaryLoads() {
        Glossary g = Klartext.standard().glossary();
        assertThat(g.size()).isGreaterThanOrEqualTo(400);
        assertThat(g.lookup("API")).isPresent();
    }

    private List<String> parts() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(Glossary.INDEX)) {
            assertThat(in).as("glossary index.txt").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
