package dev.augenhoehe.accounts;

/**
 * Published once when the {@code demo} profile seeds an empty instance. Other modules listen to add their sample
 * data (clients, conversations, briefs) to this workspace.
 */
public record DemoWorkspaceCreated(long workspaceId, long ownerId) {
}
