package dev.augenhoehe.briefs;

import dev.augenhoehe.knowledge.TemplateContent;
import dev.augenhoehe.language.Language;
import java.util.List;
import java.util.Optional;

/**
 * Where briefs get decision templates from and save them to. A seam of our own so the brief side does not care
 * whether the knowledge module's template API is there yet (see {@link KnowledgeTemplates}).
 */
interface BriefTemplates {

    /** A template to pick when starting a brief. */
    record Choice(String key, String title, boolean shipped) {
    }

    List<Choice> choices(long workspaceId, Language language);

    Optional<TemplateContent> content(long workspaceId, String key, Language language);

    /** False while workspace templates cannot be stored; the editor then hides "save as template". */
    boolean canSave();

    /** Saves a copy of a brief as a workspace template; returns its key. */
    String save(long workspaceId, Language language, TemplateContent content, long userId);
}
