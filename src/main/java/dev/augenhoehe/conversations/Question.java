package dev.augenhoehe.conversations;

import dev.augenhoehe.conversations.QuestionRuleException.Problem;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A question the client asked, in their own words. The status rules live here: answered only with an answer that
 * gives reasons, decided only after it was answered.
 */
@Table("client_question")
record Question(@Id Long id, Long workspaceId, Long engagementId, Long conversationId, Long conversationTopicId,
        String text, String askedBy, LocalDateTime askedAt, QuestionStatus status, String answer, String reasons,
        Instant answeredAt, Long answeredBy, String decision, Instant decidedAt, QuestionSource source, Instant createdAt,
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
                askedAt, QuestionStatus.OPEN, null, null, null, null, null, null, source, Instant.now(), null);
    }

    Question answered(Answer given, long userId, Instant at) {
        if (status == QuestionStatus.DECIDED) {
            throw new QuestionRuleException(Problem.ALREADY_DECIDED);
        }
        given.problem().ifPresent(problem -> {
            throw new QuestionRuleException(problem);
        });
        return new Question(id, workspaceId, engagementId, conversationId, conversationTopicId, text, askedBy, askedAt,
                QuestionStatus.ANSWERED, given.text(), given.reasons(), at, userId, null, null, source, createdAt, version);
    }

    Question decided(String what, Instant at) {
        if (status != QuestionStatus.ANSWERED) {
            throw new QuestionRuleException(status == QuestionStatus.DECIDED ? Problem.ALREADY_DECIDED
                    : Problem.NOT_ANSWERED_YET);
        }
        String decided = what == null ? "" : what.strip();
        if (decided.isEmpty()) {
            throw new QuestionRuleException(Problem.MISSING_DECISION);
        }
        if (decided.length() > Answer.MAX_LENGTH) {
            throw new QuestionRuleException(Problem.TOO_LONG);
        }
        return new Question(id, workspaceId, engagementId, conversationId, conversationTopicId, text, askedBy, askedAt,
                QuestionStatus.DECIDED, answer, reasons, answeredAt, answeredBy, decided, at, source, createdAt, version);
    }

    /** Back to open, e.g. when the client's situation changed. The old answer stays as a starting point. */
    Question reopened() {
        return new Question(id, workspaceId, engagementId, conversationId, conversationTopicId, text, askedBy, askedAt,
                QuestionStatus.OPEN, answer, reasons, null, null, null, null, source, createdAt, version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
