package dev.augenhoehe.conversations;

import java.util.Optional;

/**
 * A part of the start page contributed by a later module (the decisions to revisit). This module shows the sections
 * without knowing those modules. The data must be ready to render: the page reads nothing while rendering.
 */
public interface DashboardSection {

    /** Lower comes first. */
    int order();

    /** The content for one workspace, or nothing to leave the section out. */
    Optional<Content> content(long workspaceId);

    /**
     * A Thymeleaf fragment ({@code template :: fragment}) and the object it reads as {@code data}.
     * The fragment must take one parameter named {@code data}.
     */
    record Content(String template, String fragment, Object data) {
    }
}
