package dev.augenhoehe.knowledge;

import dev.augenhoehe.language.Language;
import java.util.List;

/**
 * A decision template as a brief sees it: shipped with the product or saved by the workspace.
 *
 * @param key      shipped: its slug ({@code cloud-vs-own-server}); workspace: {@code ws-<id>}
 * @param language the language of {@code content}
 * @param tags     topic tags of shipped templates (empty for workspace ones)
 */
public record DecisionTemplate(String key, Source source, Language language, List<String> tags,
        TemplateContent content) {

    public enum Source { SHIPPED, WORKSPACE }

    static final String WORKSPACE_PREFIX = "ws-";

    public DecisionTemplate {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    static String workspaceKey(long id) {
        return WORKSPACE_PREFIX + id;
    }

    public boolean shipped() {
        return source == Source.SHIPPED;
    }
}
