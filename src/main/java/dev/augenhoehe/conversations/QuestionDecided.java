package dev.augenhoehe.conversations;

import java.time.Instant;

/** Published when the client chose; the decision log picks it up from here. */
public record QuestionDecided(long workspaceId, long engagementId, long questionId, String decision,
        Instant decidedAt) {
}
