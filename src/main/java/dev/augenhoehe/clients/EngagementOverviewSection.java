package dev.augenhoehe.clients;

import java.util.Optional;

/**
 * A part of the engagement overview contributed by a later module (conversations and questions today, briefs and
 * decisions later). This module shows the sections without knowing those modules: they depend on us, not the
 * other way round.
 */
public interface EngagementOverviewSection {

    /** Lower comes first. Conversations and open questions use 10 and 20. */
    int order();

    /** The content for one engagement, or nothing to leave the section out. */
    Optional<Content> content(long workspaceId, EngagementRef engagement);

    /**
     * A Thymeleaf fragment ({@code template :: fragment}) and the object it reads as {@code data}.
     * The fragment must take one parameter named {@code data}.
     */
    record Content(String template, String fragment, Object data) {
    }
}
