package dev.augenhoehe.clients;

import java.util.List;

/** The {@code load} profile's clients and engagements are in; conversations add theirs next. */
public record LoadEngagementsCreated(long workspaceId, List<Long> userIds, List<Long> engagementIds) {
}
