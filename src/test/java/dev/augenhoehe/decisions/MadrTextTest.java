package dev.augenhoehe.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Free text keeps its place in a MADR file, and reading it back gives the same text: seeded generated inputs. */
class MadrTextTest {

    static final List<String> PIECES = List.of("#", "## ", "\\", "\\#", "* Good, because ", "- Bad, because ",
            "Chosen option: \"", "---", "\n", "\n\n", " ", "text", "\"", "|", "<script>", "ä", "\t");

    @Test
    void escapingIsReversibleForEveryText() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(12); j >= 0; j--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String original = text.toString();
            String escaped = MadrText.escape(original);
            assertThat(MadrText.unescape(escaped)).as("round trip of %s", original).isEqualTo(original);
            assertThat(escaped.lines()).as("no line of %s reads as structure", original)
                    .noneMatch(l -> l.startsWith("#") || l.matches("^[*-] +(Good|Neutral|Bad), because.*"));
        }
    }

    @Test
    void aReadFileGivesTheSameFileAgain() {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(10); j >= 0; j--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            DecisionFields fields = DecisionFixtures.everywhere("x " + text);
            DecisionView view = new DecisionView(1, 1, 1, null, fields, List.of(), List.of(), null, null, null, 0);
            String file = MadrWriter.file(view, java.util.Map.of(1L, view));
            ParsedDecision back = MadrReader.read(view.fileName(), file);
            assertThat(back.ok()).isTrue();
            assertThat(FieldsJson.map(back.fields())).as(file).isEqualTo(FieldsJson.map(fields));
        }
    }

    @Test
    void yamlValuesAreAlwaysOneQuotedScalar() {
        assertThat(MadrText.yaml("a\"b\\c\nstatus: accepted\u2028")).isEqualTo("\"a\\\"b\\\\c\\nstatus: accepted\\u2028\"");
        assertThat(MadrText.cell("a|b\nc")).isEqualTo("a\\|b c");
        assertThat(DecisionView.slug("../../Ärger mit C#: <script>")).isEqualTo("aerger-mit-c-script");
    }
}
