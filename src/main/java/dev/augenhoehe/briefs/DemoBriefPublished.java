package dev.augenhoehe.briefs;

/** Published by the {@code demo} profile after it published the demo's brief, so sharing can share it. */
public record DemoBriefPublished(long workspaceId, long ownerId, long engagementId, long conversationId, long briefId,
        int version) {
}
