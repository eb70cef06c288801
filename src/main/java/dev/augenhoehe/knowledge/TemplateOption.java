package dev.augenhoehe.knowledge;

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

    static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
