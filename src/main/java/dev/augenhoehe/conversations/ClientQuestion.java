package dev.augenhoehe.conversations;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A client's question as other modules see it. {@code topic} is the title of the conversation topic it came up in,
 * or null. Answer, reasons and decision are null until given.
 */
public record ClientQuestion(long id, long engagementId, Long conversationId, String text, String askedBy,
        LocalDateTime askedAt, String topic, QuestionStatus status, String answer, String reasons,
        Instant answeredAt, String decision, Instant decidedAt, QuestionSource source) {

    public boolean isOpen() {
        return status == QuestionStatus.OPEN;
    }

    public String path() {
        return "/questions/" + id;
    }
}
