package dev.augenhoehe.operations;

/**
 * A workspace came back from a backup into the running app. Its rows kept their old timestamps, so modules that
 * follow changes by time (the search index of every instance) learn here that they must read it again.
 */
public record WorkspaceRestored(long workspaceId) {
}
