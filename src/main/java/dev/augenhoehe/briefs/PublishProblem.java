package dev.augenhoehe.briefs;

/**
 * Why a brief cannot be published yet. {@code option} is the 1-based option number for option problems, else null.
 * The message key is {@code briefs.problem.<code>}; option problems get the number as argument.
 */
record PublishProblem(Code code, Integer option) {

    enum Code {
        TOO_FEW_OPTIONS("tooFewOptions", "options"),
        TOO_MANY_OPTIONS("tooManyOptions", "options"),
        OPTION_NAME_MISSING("optionNameMissing", "name"),
        OPTION_MEANING_MISSING("optionMeaningMissing", "meaning"),
        OPTION_RISK_MISSING("optionRiskMissing", "risk"),
        RECOMMENDATION_MISSING("recommendationMissing", "recommendation"),
        REASONS_MISSING("reasonsMissing", "reasons"),
        REASONS_TOO_SHORT("reasonsTooShort", "reasons"),
        WHAT_IS_MISSING_TOO_SHORT("whatIsMissingTooShort", "noRecommendationBecause"),
        NOTHING_CHANGED("nothingChanged", "context");

        private final String key;
        private final String field;

        Code(String key, String field) {
            this.key = key;
            this.field = field;
        }
    }

    static PublishProblem of(Code code) {
        return new PublishProblem(code, null);
    }

    static PublishProblem ofOption(Code code, int index) {
        return new PublishProblem(code, index + 1);
    }

    public String messageKey() {
        return "briefs.problem." + code.key;
    }

    /** The form field the problem belongs to, e.g. {@code options[1].name} or {@code reasons}. */
    public String field() {
        return option == null ? code.field : "options[" + (option - 1) + "]." + code.field;
    }
}
