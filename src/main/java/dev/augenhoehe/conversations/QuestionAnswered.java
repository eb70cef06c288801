package dev.augenhoehe.conversations;

import java.time.Instant;

/** Published when a client's question got an answer with reasons (again, if it was revised). */
public record QuestionAnswered(long workspaceId, long engagementId, long questionId, long answeredBy,
        Instant answeredAt) {
}
