package dev.augenhoehe.knowledge;

import dev.augenhoehe.language.GlossaryTerm;
import dev.augenhoehe.language.Language;

/**
 * One line of the glossary as a workspace sees it.
 *
 * @param rowId  the workspace row's id, or null for a shipped term
 * @param origin shipped, the workspace's own, or the workspace's replacement of a shipped term
 */
public record GlossaryEntry(GlossaryTerm term, Long rowId, Origin origin) {

    public enum Origin { SHIPPED, WORKSPACE, OVERRIDE }

    public String key() {
        return term.id();
    }

    public String title(Language language) {
        return term.term(language);
    }

    public boolean editable() {
        return rowId != null;
    }
}
