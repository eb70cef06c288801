package dev.augenhoehe.decisions;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The fixed frame of a decision: where it belongs and its number. What it says lives in its history
 * ({@link DecisionEntry}); {@code version} guards every change against a lost update.
 *
 * @param originResponseId the client response it was created from, so a redelivered event creates nothing twice
 */
@Table("decision")
record Decision(@Id Long id, Long workspaceId, Long engagementId, Integer number, Long questionId,
        Long originResponseId, Instant createdAt, Instant updatedAt, @Version Integer version) {

    static Decision create(long workspaceId, long engagementId, int number, Long questionId, Long responseId,
            Instant now) {
        return new Decision(null, workspaceId, engagementId, number, questionId, responseId, now, now, null);
    }

    /** The same decision, changed now: saving it checks that nobody changed it since {@code seenVersion}. */
    Decision touched(Instant now, Integer seenVersion) {
        return new Decision(id, workspaceId, engagementId, number, questionId, originResponseId, createdAt, now,
                seenVersion == null ? version : seenVersion);
    }
}
