package dev.augenhoehe.conversations;

import java.time.LocalDateTime;

/**
 * A client's question as a list shows it: its words, who asked and when, and its status, without the trail. The
 * engagement and conversation pages list many questions and show nothing of their trails but the status.
 */
public record QuestionLine(long id, long engagementId, String text, String askedBy, LocalDateTime askedAt,
        QuestionStatus status) {

    public boolean isOpen() {
        return status == QuestionStatus.OPEN;
    }
}
