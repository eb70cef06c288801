package dev.augenhoehe.decisions;

import java.time.LocalDate;
import java.util.List;

/**
 * What a decision says, field by field as MADR 4 has them, plus our tags, revisit trigger and, for a decision taken
 * before the consultant joined, its source. Immutable and always in normal form ({@link Clean}).
 *
 * @param source    where an inherited decision is known from ("minutes of 2023-05-02"); empty for our own
 * @param revisitIf the brief's "we would revisit if …"
 * @param revisitOn a date to look at it again, or null
 */
record DecisionFields(String title, DecisionStatus status, LocalDate date, String decisionMakers, String consulted,
        String informed, String context, List<String> drivers, List<ConsideredOption> options, String chosen,
        String reasons, List<String> good, List<String> bad, String confirmation, String moreInformation,
        List<String> tags, String revisitIf, LocalDate revisitOn, String source) {

    static final int MAX_LINE = 200;
    static final int MAX_TEXT = 10_000;
    static final int MAX_OPTIONS = 10;

    static final DecisionFields EMPTY = new DecisionFields("", DecisionStatus.PROPOSED, null, "", "", "", "",
            List.of(), List.of(), "", "", List.of(), List.of(), "", "", List.of(), "", null, "");

    DecisionFields {
        title = Clean.line(title, MAX_LINE);
        status = status == null ? DecisionStatus.PROPOSED : status;
        decisionMakers = Clean.line(decisionMakers, MAX_LINE * 2);
        consulted = Clean.line(consulted, MAX_LINE * 2);
        informed = Clean.line(informed, MAX_LINE * 2);
        context = Clean.text(context, MAX_TEXT);
        drivers = Clean.items(drivers);
        options = options == null ? List.of() : options.stream().filter(java.util.Objects::nonNull)
                .filter(o -> !o.name().isEmpty()).limit(MAX_OPTIONS).toList();
        chosen = Clean.line(chosen, MAX_LINE);
        reasons = Clean.text(reasons, MAX_TEXT);
        good = Clean.items(good);
        bad = Clean.items(bad);
        confirmation = Clean.text(confirmation, MAX_TEXT);
        moreInformation = Clean.text(moreInformation, MAX_TEXT);
        tags = Clean.tags(tags);
        revisitIf = Clean.text(revisitIf, 3000);
        source = Clean.line(source, MAX_LINE * 2);
    }

    public boolean wasInherited() {
        return !source.isEmpty();
    }

    public boolean hasRevisit() {
        return !revisitIf.isEmpty() || revisitOn != null;
    }

    DecisionFields withStatus(DecisionStatus newStatus) {
        return new DecisionFields(title, newStatus, date, decisionMakers, consulted, informed, context, drivers,
                options, chosen, reasons, good, bad, confirmation, moreInformation, tags, revisitIf, revisitOn,
                source);
    }
}
