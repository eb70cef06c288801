package dev.augenhoehe.accounts;

import java.util.List;

/**
 * Published once when the {@code load} profile seeds an empty instance: a workspace with its owner and consultants.
 * Other modules listen and add their share of the load data set (see {@code LoadData}).
 */
public record LoadWorkspaceCreated(long workspaceId, long ownerId, List<Long> userIds) {
}
