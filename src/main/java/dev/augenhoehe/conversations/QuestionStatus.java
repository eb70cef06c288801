package dev.augenhoehe.conversations;

import java.util.Comparator;
import java.util.List;

/** Open until answered with reasons; decided once the client's choice is confirmed. Derived from the trail. */
public enum QuestionStatus {
    OPEN, ANSWERED, DECIDED;

    /**
     * The status the steps lead to, in time order: an answer moves an open question on, a decision is kept even
     * when a newer answer (a brief's next version) comes, and reopening starts over.
     */
    public static QuestionStatus of(List<TrailStep> steps) {
        QuestionStatus status = OPEN;
        for (TrailStep step : steps.stream().sorted(Comparator.comparing(TrailStep::at)).toList()) {
            status = switch (step.effect()) {
                case NONE -> status;
                case ANSWERED -> status == DECIDED ? DECIDED : ANSWERED;
                case DECIDED -> DECIDED;
                case REOPENED -> OPEN;
            };
        }
        return status;
    }
}
