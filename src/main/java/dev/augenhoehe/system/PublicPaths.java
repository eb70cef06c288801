package dev.augenhoehe.system;

import java.util.List;

/**
 * Paths a module serves without sign-in (setup, the client's share link). Each module declares its own
 * as a bean, so the security configuration need not know them all.
 */
public record PublicPaths(List<String> patterns) {

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
