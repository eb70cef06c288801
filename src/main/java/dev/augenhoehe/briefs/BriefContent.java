package dev.augenhoehe.briefs;

import dev.augenhoehe.language.Language;
import java.util.List;

/**
 * Everything a reader of a brief sees, frozen as JSON in each published version and also built from the draft for
 * the preview. Self-contained on purpose: the client's question and the know-how explanations are copied in, so a
 * version stays exactly as published even when the question or the glossary changes later.
 *
 * @param recommendation index into {@code options}, or null with {@code noRecommendationBecause} saying why
 */
public record BriefContent(String question, Language language, String context, List<Option> options,
        Integer recommendation, String noRecommendationBecause, String reasons, String revisitIf, String knowhow,
        List<KnowhowTerm> terms) {

    /** One option as the reader sees it; {@code risk} is "low", "medium", "high" or empty. */
    public record Option(String name, String meaning, String pros, String cons, String leadsTo, String effort,
            String cost, String time, String risk, String riskReason) {

        public Option {
            name = Texts.clean(name);
            meaning = Texts.clean(meaning);
            pros = Texts.clean(pros);
            cons = Texts.clean(cons);
            leadsTo = Texts.clean(leadsTo);
            effort = Texts.clean(effort);
            cost = Texts.clean(cost);
            time = Texts.clean(time);
            risk = Risk.parse(risk) == null ? "" : Risk.parse(risk).id();
            riskReason = Texts.clean(riskReason);
        }
    }

    /** A concept the client needs, explained in the brief's language. */
    public record KnowhowTerm(String id, String term, String explanation) {
    }

    public BriefContent {
        question = Texts.clean(question);
        language = language == null ? Language.DE : language;
        context = Texts.clean(context);
        options = options == null ? List.of() : List.copyOf(options);
        if (recommendation != null && (recommendation < 0 || recommendation >= options.size())) {
            recommendation = null;
        }
        noRecommendationBecause = Texts.clean(noRecommendationBecause);
        reasons = Texts.clean(reasons);
        revisitIf = Texts.clean(revisitIf);
        knowhow = Texts.clean(knowhow);
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    /** The recommended option, or null when there is no recommendation yet. */
    public Option recommended() {
        return recommendation == null ? null : options.get(recommendation);
    }

    public boolean hasRecommendation() {
        return recommendation != null;
    }

    public boolean isRecommended(int index) {
        return recommendation != null && recommendation == index;
    }
}
