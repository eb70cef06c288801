package dev.augenhoehe.decisions;

import dev.augenhoehe.TestRows;
import dev.augenhoehe.briefs.BriefContent;
import dev.augenhoehe.language.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Object mother for the decision log's tests: rows of other modules (through {@link TestRows}) and decision
 * fields.
 */
final class DecisionFixtures {

    static final Path MADR4 = Path.of("src/test/resources/decisions/madr4");
    static final Path OTHER = Path.of("src/test/resources/decisions/other");

    private DecisionFixtures() {
    }

    static long engagement(JdbcTemplate jdbc, long workspaceId, String title) {
        return TestRows.engagement(jdbc, workspaceId, "Bäckerei Korn", title);
    }

    static long question(JdbcTemplate jdbc, long workspaceId, long engagementId, String text) {
        return TestRows.question(jdbc, workspaceId, engagementId, text, "Anna");
    }

    /** The brief content a client saw: two options, the first recommended, with a revisit trigger. */
    static BriefContent content(String question) {
        return new BriefContent(question, Language.EN, "Your shop needs a place to run.", List.of(
                new dev.augenhoehe.knowledge.DecisionOption("Rent in the cloud", "Someone else runs the machine.",
                        "- updates included\n- quick to start", "- monthly fee", "A contract you can end monthly.",
                        "low", "50 € a month", "a week", dev.augenhoehe.knowledge.Risk.LOW, ""),
                new dev.augenhoehe.knowledge.DecisionOption("Own server", "A machine in your office.", "- your data stays with you",
                        "- you care for updates", "", "high", "2,000 € once", "a month", dev.augenhoehe.knowledge.Risk.HIGH, "")),
                0, "", "It is safer and needs less care.", "We would revisit this on 2027-01-15 or above 300 orders.",
                "", List.of());
    }

    /** A brief with one published version; returns the brief id. */
    static long publishedBrief(JdbcTemplate jdbc, long workspaceId, long engagementId, long questionId,
            BriefContent content) {
        return TestRows.publishedBrief(jdbc, workspaceId, engagementId, questionId, content, 0);
    }

    static DecisionFields fields(String title) {
        return new DecisionFields(title, DecisionStatus.ACCEPTED, LocalDate.of(2026, 3, 3), "Petra Korn", "Jonas",
                "", "Context.", List.of("Cost"), List.of(ConsideredOption.named("A"), ConsideredOption.named("B")),
                "A", "It is cheaper.", List.of("cheap"), List.of(), "", "", List.of("shop"), "", null, "");
    }

    /** The same text in every field of a decision. */
    static DecisionFields everywhere(String text) {
        ConsideredOption option = new ConsideredOption(text, text, List.of(text), List.of(text), List.of(text));
        return new DecisionFields(text, DecisionStatus.ACCEPTED, LocalDate.of(2026, 3, 3), text, text, text, text,
                List.of(text), List.of(option, ConsideredOption.named("B " + text)), text, text, List.of(text),
                List.of(text), text, text, List.of(text), text, LocalDate.of(2026, 9, 1), text);
    }

    /** The files of a fixture folder, name → text, in name order. */
    static Map<String, String> files(Path folder) {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.sorted().toList()) {
                out.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
