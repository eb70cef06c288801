package dev.augenhoehe.sharing;

import dev.augenhoehe.language.Language;
import java.util.Optional;

/**
 * A part of the client's page contributed by a later module (the decision log). This module shows the sections
 * without knowing that module. The data must be ready to render: the client page reads nothing while rendering.
 */
public interface ClientPageSection {

    /** Lower comes first. */
    int order();

    /** The content for one engagement in the share's language, or nothing to leave the section out. */
    Optional<Content> content(long workspaceId, long engagementId, Language language);

    /**
     * A Thymeleaf fragment ({@code template :: fragment}) and the object it reads as {@code data}.
     * The fragment must take one parameter named {@code data}.
     */
    record Content(String template, String fragment, Object data) {
    }
}
