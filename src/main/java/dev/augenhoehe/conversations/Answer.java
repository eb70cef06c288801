package dev.augenhoehe.conversations;

import dev.augenhoehe.conversations.QuestionRuleException.Problem;
import dev.augenhoehe.language.Reasons;
import java.util.Locale;
import java.util.Optional;

/**
 * An answer to a client's question: what we answer and why. A bare "no" or "can't be done" is not an answer; the
 * reasons are what let the client follow and decide; naming a cause ("Zu wenig Zeit.") is not a reason that
 * explains ({@link Reasons}, the rule briefs use too).
 */
public record Answer(String text, String reasons) {

    public static final int MAX_LENGTH = 5000;

    public Answer {
        text = text == null ? "" : text.strip();
        reasons = reasons == null ? "" : reasons.strip();
    }

    /** The first rule this answer breaks, if any. */
    public Optional<Problem> problem() {
        if (text.isEmpty()) {
            return Optional.of(Problem.MISSING_ANSWER);
        }
        if (text.length() > MAX_LENGTH || reasons.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (reasons.isEmpty()) {
            return Optional.of(Problem.MISSING_REASONS);
        }
        if (normalised(reasons).equals(normalised(text))) {
            return Optional.of(Problem.REASONS_REPEAT_ANSWER);
        }
        if (!Reasons.explains(reasons, null)) {
            return Optional.of(Problem.REASONS_TOO_SHORT);
        }
        return Optional.empty();
    }

    private static String normalised(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
