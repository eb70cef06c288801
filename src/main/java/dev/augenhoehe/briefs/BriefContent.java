package dev.augenhoehe.briefs;

import dev.augenhoehe.knowledge.DecisionOption;
import dev.augenhoehe.language.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A decision brief's content: the one type the editor, the draft, each published version, the client's page, the
 * PDF and the decision log read. A published version freezes it as JSON, self-contained on purpose: the client's
 * question and the know-how explanations are copied in, so a version stays exactly as published even when the
 * question or the glossary changes later. A draft carries neither (they are filled in for reading).
 *
 * @param recommendation index into {@code options}, or null with {@code noRecommendationBecause} saying why
 */
public record BriefContent(String question, Language language, String context, List<DecisionOption> options,
        Integer recommendation, String noRecommendationBecause, String reasons, String revisitIf, String knowhow,
        List<KnowhowTerm> terms) {

    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 5;

    /** A concept the client needs, explained in the brief's language. */
    public record KnowhowTerm(String id, String term, String explanation) {
    }

    public BriefContent {
        question = clean(question);
        language = language == null ? Language.DE : language;
        context = clean(context);
        options = options == null ? List.of() : List.copyOf(options);
        if (recommendation != null && (recommendation < 0 || recommendation >= options.size())) {
            recommendation = null;
        }
        noRecommendationBecause = clean(noRecommendationBecause);
        reasons = clean(reasons);
        revisitIf = clean(revisitIf);
        knowhow = clean(knowhow);
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    /** A blank draft: two empty options to fill in. */
    static BriefContent blank(Language language) {
        return new BriefContent("", language, "", List.of(DecisionOption.EMPTY, DecisionOption.EMPTY), null, "", "",
                "", "", List.of());
    }

    /** The recommended option, or null when there is no recommendation yet. */
    public DecisionOption recommended() {
        return recommendation == null ? null : options.get(recommendation);
    }

    public boolean hasRecommendation() {
        return recommendation != null;
    }

    public boolean isRecommended(int index) {
        return recommendation != null && recommendation == index;
    }

    /**
     * The content as the reader sees it: with the client's question and the know-how terms explained, and of
     * "reasons" and "why no recommendation yet" only the one that applies (the draft keeps both while editing).
     */
    BriefContent forReading(String clientQuestion, List<KnowhowTerm> explained) {
        return new BriefContent(clientQuestion, language, context, options, recommendation,
                hasRecommendation() ? "" : noRecommendationBecause, hasRecommendation() ? reasons : "", revisitIf,
                knowhow, explained);
    }

    /**
     * The prose a reader reads, by editor field path ({@code context}, {@code options[1].pros}, ...), in page order:
     * what Klartext checks field by field.
     */
    java.util.Map<String, String> proseFields() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("context", context);
        for (int i = 0; i < options.size(); i++) {
            List<String> prose = options.get(i).prose();
            for (int f = 0; f < prose.size(); f++) {
                fields.put("options[" + i + "]." + DecisionOption.PROSE_FIELDS.get(f), prose.get(f));
            }
        }
        fields.put("reasons", reasons);
        fields.put("noRecommendationBecause", noRecommendationBecause);
        fields.put("revisitIf", revisitIf);
        fields.put("knowhow", knowhow);
        return fields;
    }

    /** Everything written into the brief, for the search and the glossary's term collection. */
    String allText() {
        return Stream.concat(Stream.of(context), Stream.concat(options.stream().flatMap(DecisionOption::texts),
                Stream.of(reasons, noRecommendationBecause, revisitIf, knowhow)))
                .filter(s -> !s.isEmpty()).reduce((a, b) -> a + "\n\n" + b).orElse("");
    }

    /**
     * What stops publishing. Options need a name, a plain meaning and a risk level; a recommendation needs reasons
     * that explain (a bare recommendation is the "Geht nicht." of briefs); without one, the brief says what is
     * missing, also in a way that explains.
     */
    List<PublishProblem> publishProblems() {
        List<PublishProblem> problems = new ArrayList<>();
        if (options.size() < MIN_OPTIONS) {
            problems.add(PublishProblem.of(PublishProblem.Code.TOO_FEW_OPTIONS));
        }
        if (options.size() > MAX_OPTIONS) {
            problems.add(PublishProblem.of(PublishProblem.Code.TOO_MANY_OPTIONS));
        }
        for (int i = 0; i < options.size(); i++) {
            DecisionOption o = options.get(i);
            if (o.name().isEmpty()) {
                problems.add(PublishProblem.ofOption(PublishProblem.Code.OPTION_NAME_MISSING, i));
            }
            if (o.meaning().isEmpty()) {
                problems.add(PublishProblem.ofOption(PublishProblem.Code.OPTION_MEANING_MISSING, i));
            }
            if (o.risk() == null) {
                problems.add(PublishProblem.ofOption(PublishProblem.Code.OPTION_RISK_MISSING, i));
            }
        }
        if (hasRecommendation()) {
            if (reasons.isEmpty()) {
                problems.add(PublishProblem.of(PublishProblem.Code.REASONS_MISSING));
            } else if (!dev.augenhoehe.language.Reasons.explains(reasons, language)) {
                problems.add(PublishProblem.of(PublishProblem.Code.REASONS_TOO_SHORT));
            }
        } else if (noRecommendationBecause.isEmpty()) {
            problems.add(PublishProblem.of(PublishProblem.Code.RECOMMENDATION_MISSING));
        } else if (!dev.augenhoehe.language.Reasons.explains(noRecommendationBecause, language)) {
            problems.add(PublishProblem.of(PublishProblem.Code.WHAT_IS_MISSING_TOO_SHORT));
        }
        return problems;
    }

    static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
