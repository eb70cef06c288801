package dev.augenhoehe.sharing;

import java.time.Instant;

/**
 * The consultant confirmed what the client chose on a share: from now on it is a decision. The decision log
 * records it; the brief version's content comes from {@link dev.augenhoehe.briefs.PublishedBriefs}.
 *
 * @param optionIndex index into the brief version's options
 * @param contentHash SHA-256 (hex) of exactly what the client saw when choosing
 * @param comment     the client's comment with the choice, empty when none
 * @param confirmedByName the consultant's name as it was when confirming, for the decision's history
 */
public record ClientChoiceConfirmed(long workspaceId, long engagementId, long questionId, long shareId,
        long responseId, long briefId, int briefVersion, int optionIndex, String optionName, String comment,
        String contentHash, Instant chosenAt, long confirmedBy, String confirmedByName, Instant confirmedAt) {
}
