package dev.augenhoehe.knowledge;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The clients a dismissal can be about. Knowledge comes before clients in the flow, so the clients module implements
 * this (as later modules implement an earlier page's section): a dismissal for a client of another workspace is
 * refused, and the owner's page shows names instead of ids.
 */
public interface DismissalClients {

    /** The client's name, empty when the id is not a client of the workspace. */
    Optional<String> name(long workspaceId, long clientId);

    /** Names of those ids that are clients of the workspace. */
    Map<Long, String> names(long workspaceId, Collection<Long> clientIds);
}
