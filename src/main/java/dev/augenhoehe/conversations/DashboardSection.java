package dev.augenhoehe.conversations;

import dev.augenhoehe.accounts.SignedInUser;
import java.util.Optional;

/**
 * A part of the start page contributed by a later module (the decisions to revisit). This module shows the sections
 * without knowing those modules. The data must be ready to render: the page reads nothing while rendering.
 */
public interface DashboardSection {

    /** Lower comes first. */
    int order();

    /**
     * The content for the person looking (their workspace, and their role where it limits what they see), or nothing
     * to leave the section out.
     */
    Optional<Content> content(SignedInUser viewer);

    /**
     * A Thymeleaf fragment ({@code template :: fragment}) and the object it reads as {@code data}.
     * The fragment must take one parameter named {@code data}.
     */
    record Content(String template, String fragment, Object data) {
    }
}
