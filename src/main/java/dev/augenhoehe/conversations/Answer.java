package dev.augenhoehe.conversations;

import dev.augenhoehe.conversations.QuestionRuleException.Problem;
import java.util.Locale;
import java.util.Optional;

/**
 * An answer to a client's question: what we answer and why. A bare "no" or "can't be done" is not an answer; the
 * reasons are what let the client follow and decide. Later, a decision brief supplies both parts.
 */
public record Answer(String text, String reasons) {

    public static final int MAX_LENGTH = 5000;
    /** One or two words ("too expensive") name a reason but don't explain it. */
    static final int MIN_REASON_WORDS = 3;

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
        if (reasons.split("\\s+").length < MIN_REASON_WORDS) {
            return Optional.of(Problem.REASONS_TOO_SHORT);
        }
        return Optional.empty();
    }

    private static String normalised(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
