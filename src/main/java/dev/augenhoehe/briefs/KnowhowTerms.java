package dev.augenhoehe.briefs;

import dev.augenhoehe.knowledge.WorkspaceGlossary;
import dev.augenhoehe.language.Glossary;
import dev.augenhoehe.language.GlossaryTerm;
import dev.augenhoehe.language.Klartext;
import dev.augenhoehe.language.Language;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
    // the workspace's glossary list is cached by the knowledge module; rebuild our index only when it changes
    private final Map<Long, Built> built = new ConcurrentHashMap<>();

    private record Built(List<GlossaryTerm> source, Glossary glossary) {
    }

    KnowhowTerms(WorkspaceGlossary glossary) {
        this.glossary = glossary;
    }

    /** The ids found in a text automatically. */
    List<String> found(long workspaceId, String text, Language language) {
        return glossaryOf(workspaceId).termsIn(text, language).stream().filter(t -> !t.known())
                .map(GlossaryTerm::id).toList();
    }

    /** The ids the box shows, in order: found in the text first, then added by hand. */
    List<String> ids(long workspaceId, Brief brief) {
        LinkedHashSet<String> ids = new LinkedHashSet<>(found(workspaceId, brief.allText(), brief.language()));
        ids.addAll(brief.addedTermIds());
        brief.removedTermIds().forEach(ids::remove);
        return ids.stream().limit(MAX_TERMS).toList();
    }

    List<BriefContent.KnowhowTerm> terms(long workspaceId, Brief brief) {
        List<BriefContent.KnowhowTerm> out = new ArrayList<>();
        for (GlossaryTerm t : glossary.terms(workspaceId, ids(workspaceId, brief))) {
            out.add(new BriefContent.KnowhowTerm(t.id(), t.term(brief.language()), t.explanation(brief.language())));
        }
        return out;
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
        Glossary g = glossaryOf(workspaceId);
        return g.lookup(t).or(() -> g.termsIn(t, language).stream().findFirst()).map(GlossaryTerm::id);
    }

    private Glossary glossaryOf(long workspaceId) {
        List<GlossaryTerm> own = glossary.workspaceTerms(workspaceId);
        Built b = built.get(workspaceId);
        if (b == null || b.source() != own) {
            b = new Built(own, Klartext.standard().glossary().withTerms(own));
            built.put(workspaceId, b);
        }
        return b.glossary();
    }
}
