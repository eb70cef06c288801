package dev.augenhoehe.briefs;

/**
 * A brief was published: {@code version} is now fixed and is what the client sees. Sharing and the decision log
 * listen for this; they read the content through {@link PublishedBriefs}.
 */
public record BriefPublished(long workspaceId, long briefId, int version, long questionId) {
}
