package dev.augenhoehe.knowledge;

import dev.augenhoehe.language.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** All decision templates a workspace can start a brief from: the shipped ones and its own. */
@Service
public class DecisionTemplates {

    private final ShippedTemplates shipped = ShippedTemplates.load();
    private final WorkspaceTemplates workspace;

    DecisionTemplates(WorkspaceTemplates workspace) {
        this.workspace = workspace;
    }

    /**
     * One template in the given language (a workspace template in the language it was written in).
     *
     * @param slugOrKey a shipped slug ({@code cloud-vs-own-server}) or a workspace key ({@code ws-12})
     */
    public Optional<DecisionTemplate> find(long workspaceId, String slugOrKey, Language language) {
        if (slugOrKey == null) {
            return Optional.empty();
        }
        if (slugOrKey.startsWith(DecisionTemplate.WORKSPACE_PREFIX)) {
            try {
                long id = Long.parseLong(slugOrKey.substring(DecisionTemplate.WORKSPACE_PREFIX.length()));
                return workspace.find(workspaceId, id);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return shipped.find(slugOrKey, language);
    }

    /** The workspace's own templates first, then the shipped ones, each filtered by a plain substring. */
    public List<DecisionTemplate> list(long workspaceId, Language language, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<DecisionTemplate> out = new ArrayList<>(workspace.all(workspaceId));
        shipped.all(language).stream().sorted(Comparator.comparing(t -> t.content().title())).forEach(out::add);
        return q.isEmpty() ? out : out.stream().filter(t -> matches(t, q)).toList();
    }

    private static boolean matches(DecisionTemplate t, String q) {
        TemplateContent c = t.content();
        return c.title().toLowerCase(Locale.ROOT).contains(q) || c.question().toLowerCase(Locale.ROOT).contains(q)
                || t.tags().stream().anyMatch(tag -> tag.contains(q));
    }
}
