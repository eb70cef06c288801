package dev.augenhoehe.knowledge;

import java.util.Arrays;
import java.util.List;

/**
 * One option of a decision template, in one language. Pros and cons are short Markdown lists.
 *
 * @param risk "low", "medium" or "high"
 */
public record TemplateOption(String name, String meaning, String pros, String cons, String leadsTo, String effort,
        String cost, String time, String risk, String riskReason) {

    public TemplateOption {
        name = clean(name);
        meaning = clean(meaning);
        pros = clean(pros);
        cons = clean(cons);
        leadsTo = clean(leadsTo);
        effort = clean(effort);
        cost = clean(cost);
        time = clean(time);
        risk = clean(risk);
        riskReason = clean(riskReason);
    }

    /** The pros as list items ("- a" lines, Markdown style). */
    public List<String> prosItems() {
        return items(pros);
    }

    public List<String> consItems() {
        return items(cons);
    }

    static List<String> items(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.startsWith("- ") || l.startsWith("* ") ? l.substring(2).strip() : l).toList();
    }

    static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
