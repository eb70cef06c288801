package dev.augenhoehe.conversations;

import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A question the client asked, in their own words. What happened to it since is its trail ({@link QuestionTrail});
 * its status is derived from there.
 */
@Table("client_question")
record Question(@Id Long id, Long workspaceId, Long engagementId, Long conversationId, Long conversationTopicId,
        String text, String askedBy, LocalDateTime askedAt, QuestionSource source, Instant createdAt,
        @Version Integer version) {

    static final int MAX_TEXT = 2000;

    static Question capture(long workspaceId, long engagementId, Long conversationId, Long topicId, String text,
            String askedBy, LocalDateTime askedAt) {
        return capture(workspaceId, engagementId, conversationId, topicId, text, askedBy, askedAt,
                QuestionSource.CONSULTANT);
    }

    static Question capture(long workspaceId, long engagementId, Long conversationId, Long topicId, String text,
            String askedBy, LocalDateTime askedAt, QuestionSource source) {
        String words = text == null ? "" : text.strip();
        if (words.isEmpty() || words.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a question needs between 1 and " + MAX_TEXT + " characters");
        }
        return new Question(null, workspaceId, engagementId, conversationId, topicId, words, blankToNull(askedBy),
                askedAt, source, Instant.now(), null);
    }

    /** The same question with corrected words and asker; throws like {@link #capture} for bad words. */
    Question corrected(String newText, String newAskedBy) {
        String words = newText == null ? "" : newText.strip();
        if (words.isEmpty() || words.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a question needs between 1 and " + MAX_TEXT + " characters");
        }
        return new Question(id, workspaceId, engagementId, conversationId, conversationTopicId, words,
                blankToNull(newAskedBy), askedAt, source, createdAt, version);
    }

    boolean sameWords(Question other) {
        return text.equals(other.text) && java.util.Objects.equals(askedBy, other.askedBy);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
