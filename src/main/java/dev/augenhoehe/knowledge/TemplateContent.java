package dev.augenhoehe.knowledge;

import java.util.List;

/**
 * The content of a decision template in one language: what a brief copies when it starts from a template.
 *
 * @param recommendation          index into {@code options}, or null when there is no recommendation yet
 * @param noRecommendationBecause why there is no recommendation yet (only when {@code recommendation} is null)
 * @param terms                   glossary ids the know-how box explains
 */
public record TemplateContent(String title, String question, String context, List<DecisionOption> options,
        Integer recommendation, String noRecommendationBecause, String reasons, String revisitIf, String knowhow,
        List<String> terms) {

    public TemplateContent {
        title = DecisionOption.clean(title);
        question = DecisionOption.clean(question);
        context = DecisionOption.clean(context);
        options = options == null ? List.of() : List.copyOf(options);
        if (recommendation != null && (recommendation < 0 || recommendation >= options.size())) {
            recommendation = null;
        }
        noRecommendationBecause = DecisionOption.clean(noRecommendationBecause);
        reasons = DecisionOption.clean(reasons);
        revisitIf = DecisionOption.clean(revisitIf);
        knowhow = DecisionOption.clean(knowhow);
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    /** The recommended option, or null. */
    public DecisionOption recommended() {
        return recommendation == null ? null : options.get(recommendation);
    }

    /** All text of the template in one string, for the search index. */
    String searchableText() {
        StringBuilder text = new StringBuilder();
        append(text, question);
        append(text, context);
        for (DecisionOption o : options) {
            append(text, o.name());
            append(text, o.meaning());
            append(text, o.pros());
            append(text, o.cons());
            append(text, o.leadsTo());
        }
        append(text, reasons);
        append(text, noRecommendationBecause);
        append(text, revisitIf);
        append(text, knowhow);
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (!part.isEmpty()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(part);
        }
    }
}
