package dev.augenhoehe.conversations;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A client's question as other modules see it: the words as asked, and its trail (every step of every module, oldest
 * first) with the status derived from it. {@code topic} is the title of the conversation topic it came up in, or
 * null.
 */
public record ClientQuestion(long id, long engagementId, Long conversationId, String text, String askedBy,
        LocalDateTime askedAt, String topic, QuestionSource source, List<TrailStep> trail) {

    public ClientQuestion {
        trail = trail == null ? List.of() : List.copyOf(trail);
    }

    public QuestionStatus status() {
        return QuestionStatus.of(trail);
    }

    public boolean isOpen() {
        return status() == QuestionStatus.OPEN;
    }
}
