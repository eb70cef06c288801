package dev.augenhoehe.clients;

/** Published by the {@code demo} profile after it created a sample engagement, so later modules can fill it. */
public record DemoEngagementCreated(long workspaceId, long ownerId, long engagementId) {
}
