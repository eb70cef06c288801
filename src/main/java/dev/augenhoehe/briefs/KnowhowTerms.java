package dev.augenhoehe.briefs;

import dev.augenhoehe.knowledge.WorkspaceGlossary;
import dev.augenhoehe.language.Glossary;
import dev.augenhoehe.language.GlossaryTerm;
import dev.augenhoehe.language.Language;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The know-how box's terms: every glossary term the brief uses (except ones clients usually know), plus the ones
 * the consultant added, minus the ones they took out. Explanations come from the workspace's glossary.
 */
@Component
class KnowhowTerms {

    /** More than this and the box stops teaching and starts lecturing. */
    static final int MAX_TERMS = 12;

    private final WorkspaceGlossary glossary;

    KnowhowTerms(WorkspaceGlossary glossary) {
        this.glossary = glossary;
    }

    /** The ids the box shows, in order: found in the text first, then added by hand. */
    List<String> ids(long workspaceId, Brief brief) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        glossary.glossary(workspaceId).termsIn(brief.content().allText(), brief.language()).stream()
                .filter(t -> !t.known()).map(GlossaryTerm::id).forEach(ids::add);
        ids.addAll(brief.knowhowChoices().added());
        brief.knowhowChoices().removed().forEach(ids::remove);
        return ids.stream().limit(MAX_TERMS).toList();
    }

    List<BriefContent.KnowhowTerm> terms(long workspaceId, Brief brief) {
        Language language = brief.language();
        return glossary.terms(workspaceId, ids(workspaceId, brief)).stream()
                .map(t -> new BriefContent.KnowhowTerm(t.id(), t.term(language), t.explanation(language))).toList();
    }

    /** A term the consultant typed: its id, one of its forms ("API", "Datenbank"), or a text that uses it. */
    Optional<String> resolve(long workspaceId, String typed, Language language) {
        if (typed == null || typed.isBlank() || typed.length() > 200) {
            return Optional.empty();
        }
        String t = typed.strip();
        Optional<GlossaryTerm> byId = glossary.term(workspaceId, t);
        if (byId.isPresent()) {
            return Optional.of(byId.get().id());
        }
        Glossary g = glossary.glossary(workspaceId);
        return g.lookup(t).or(() -> g.termsIn(t, language).stream().findFirst()).map(GlossaryTerm::id);
    }
}
