package dev.augenhoehe.knowledge;

import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One option of a decision, the one shape every part of Augenhöhe reads: a template's option, a brief's draft and
 * editor form, a published version, the client's page, the PDF and the decision log. Pros and cons are short
 * Markdown lists. The size limits are the editor's; longer text is refused when binding a form.
 *
 * @param risk null while not set
 */
public record DecisionOption(@Size(max = 200) String name, @Size(max = 2000) String meaning,
        @Size(max = 3000) String pros, @Size(max = 3000) String cons, @Size(max = 3000) String leadsTo,
        @Size(max = 300) String effort, @Size(max = 300) String cost, @Size(max = 300) String time, Risk risk,
        @Size(max = 1000) String riskReason) {

    public static final DecisionOption EMPTY = new DecisionOption("", "", "", "", "", "", "", "", null, "");

    public DecisionOption {
        name = clean(name);
        meaning = clean(meaning);
        pros = clean(pros);
        cons = clean(cons);
        leadsTo = clean(leadsTo);
        effort = clean(effort);
        cost = clean(cost);
        time = clean(time);
        riskReason = clean(riskReason);
    }

    /** The fields a reader reads as prose, by name, in reading order: what Klartext checks and search indexes. */
    public List<String> prose() {
        return List.of(meaning, pros, cons, leadsTo, riskReason);
    }

    /** Names of the prose fields, in the order of {@link #prose()}. */
    public static final List<String> PROSE_FIELDS = List.of("meaning", "pros", "cons", "leadsTo", "riskReason");

    /** Everything written into the option, for the search and the glossary's term collection. */
    public Stream<String> texts() {
        return Stream.of(name, meaning, pros, cons, leadsTo, effort, cost, time, riskReason);
    }

    public boolean isBlank() {
        return risk == null && texts().allMatch(String::isEmpty);
    }

    /** The pros as list items ("- a" lines, Markdown style). */
    public List<String> prosItems() {
        return items(pros);
    }

    public List<String> consItems() {
        return items(cons);
    }

    static List<String> items(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.startsWith("- ") || l.startsWith("* ") ? l.substring(2).strip() : l).toList();
    }

    static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
