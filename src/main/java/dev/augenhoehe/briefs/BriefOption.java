package dev.augenhoehe.briefs;

import org.springframework.data.relational.core.mapping.Table;

/** One option of a draft brief (row of {@code brief_option}, ordered by {@code option_index}). */
@Table("brief_option")
record BriefOption(String name, String meaning, String pros, String cons, String leadsTo, String effort,
        String cost, String timeNeeded, String risk, String riskReason) {

    static final BriefOption EMPTY = new BriefOption("", "", "", "", "", "", "", "", "", "");

    BriefOption {
        name = Texts.clean(name);
        meaning = Texts.clean(meaning);
        pros = Texts.clean(pros);
        cons = Texts.clean(cons);
        leadsTo = Texts.clean(leadsTo);
        effort = Texts.clean(effort);
        cost = Texts.clean(cost);
        timeNeeded = Texts.clean(timeNeeded);
        risk = Risk.parse(risk) == null ? "" : Risk.parse(risk).id();
        riskReason = Texts.clean(riskReason);
    }

    boolean isBlank() {
        return (name + meaning + pros + cons + leadsTo + effort + cost + timeNeeded + risk + riskReason).isEmpty();
    }

    BriefContent.Option content() {
        return new BriefContent.Option(name, meaning, pros, cons, leadsTo, effort, cost, timeNeeded, risk,
                riskReason);
    }
}
