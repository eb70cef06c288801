package dev.augenhoehe.conversations;

import java.util.Locale;

/**
 * A question cannot move on as asked. Carries the reason as a {@link Problem} whose message key explains it in
 * plain words ({@code conversations.question.problem.missingReasons}).
 */
public class QuestionRuleException extends RuntimeException {

    public enum Problem {
        MISSING_ANSWER, MISSING_REASONS, REASONS_TOO_SHORT, REASONS_REPEAT_ANSWER, TOO_LONG, ALREADY_DECIDED,
        NOT_ANSWERED_YET, MISSING_DECISION;

        public String messageKey() {
            String name = name().toLowerCase(Locale.ROOT);
            StringBuilder camel = new StringBuilder();
            boolean upper = false;
            for (char c : name.toCharArray()) {
                if (c == '_') {
                    upper = true;
                } else {
                    camel.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return "conversations.question.problem." + camel;
        }

        /** The form field the problem belongs to, for showing it next to the right input. */
        public String field() {
            return switch (this) {
                case MISSING_ANSWER, TOO_LONG, ALREADY_DECIDED -> "answer";
                case MISSING_REASONS, REASONS_TOO_SHORT, REASONS_REPEAT_ANSWER -> "reasons";
                case NOT_ANSWERED_YET, MISSING_DECISION -> "decision";
            };
        }
    }

    private final Problem problem;

    public QuestionRuleException(Problem problem) {
        super(problem.name(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
