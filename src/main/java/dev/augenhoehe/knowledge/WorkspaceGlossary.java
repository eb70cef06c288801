package dev.augenhoehe.knowledge;

import dev.augenhoehe.language.Glossary;
import dev.augenhoehe.language.GlossaryTerm;
import dev.augenhoehe.language.Klartext;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.system.NotFoundException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The glossary as one workspace sees it: the shipped terms with the workspace's own terms on top (the same id
 * replaces a shipped term). Every member of a workspace may add and edit its terms: the consultant who meets an
 * unexplained word while writing should be able to fix it there and then. Only the owner deletes.
 */
@Service
public class WorkspaceGlossary {

    private final GlossaryTermRepository rows;
    private final KnowledgeSearch search;
    private final Glossary shipped;
    private final long cacheTtlNanos;
    // The live check asks for the terms on every pause in typing; the database is asked at most once per TTL.
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(List<GlossaryTerm> terms, long loadedAt) {
    }

    WorkspaceGlossary(GlossaryTermRepository rows, KnowledgeSearch search, KnowledgeProperties properties) {
        this.rows = rows;
        this.search = search;
        this.shipped = Klartext.standard().glossary();
        this.cacheTtlNanos = properties.glossaryCacheTtl().toNanos();
    }

    /** The workspace's own terms, as the engine takes them ({@code CheckOptions.withWorkspaceTerms}). Cached. */
    public List<GlossaryTerm> workspaceTerms(long workspaceId) {
        long now = System.nanoTime();
        Cached cached = cache.get(workspaceId);
        if (cached == null || now - cached.loadedAt() > cacheTtlNanos) {
            List<GlossaryTerm> terms = rows.findByWorkspaceIdOrderByTermKeyAsc(workspaceId).stream()
                    .map(GlossaryTermRow::toTerm).toList();
            cached = new Cached(terms, now);
            cache.put(workspaceId, cached);
        }
        return cached.terms();
    }

    /** A term by id: the workspace's own first, then the shipped one. */
    public Optional<GlossaryTerm> term(long workspaceId, String key) {
        for (GlossaryTerm t : workspaceTerms(workspaceId)) {
            if (t.id().equals(key)) {
                return Optional.of(t);
            }
        }
        return shipped.byId(key);
    }

    /** The terms for the given ids, in that order; unknown ids are skipped. */
    public List<GlossaryTerm> terms(long workspaceId, List<String> keys) {
        List<GlossaryTerm> out = new ArrayList<>();
        for (String key : keys) {
            term(workspaceId, key).ifPresent(out::add);
        }
        return out;
    }

    /** All entries, filtered by a plain substring of term, variants or explanation, sorted by term. */
    public List<GlossaryEntry> entries(long workspaceId, String query, Language language) {
        Map<String, GlossaryEntry> byKey = new LinkedHashMap<>();
        for (GlossaryTerm t : shipped.terms()) {
            byKey.put(t.id(), new GlossaryEntry(t, null, GlossaryEntry.Origin.SHIPPED));
        }
        for (GlossaryTermRow row : rows.findByWorkspaceIdOrderByTermKeyAsc(workspaceId)) {
            GlossaryEntry.Origin origin = shipped.byId(row.termKey()).isPresent() ? GlossaryEntry.Origin.OVERRIDE
                    : GlossaryEntry.Origin.WORKSPACE;
            byKey.put(row.termKey(), new GlossaryEntry(row.toTerm(), row.id(), origin));
        }
        String q = fold(query == null ? "" : query.strip());
        Comparator<GlossaryEntry> byTitle = Comparator.comparing(e -> fold(e.title(language)));
        return byKey.values().stream().filter(e -> q.isEmpty() || matches(e.term(), q)).sorted(byTitle).toList();
    }

    public Optional<GlossaryTerm> shippedTerm(String key) {
        return shipped.byId(key);
    }

    GlossaryTermRow row(long workspaceId, long id) {
        return rows.findByIdAndWorkspaceId(id, workspaceId).orElseThrow(NotFoundException::new);
    }

    boolean hasTerm(long workspaceId, String key) {
        return rows.findByWorkspaceIdAndTermKey(workspaceId, key).isPresent();
    }

    /** The id a new term gets: the shipped id it replaces, or a slug of its name that clashes with nothing. */
    String newKey(long workspaceId, GlossaryTermForm form) {
        if (!form.overrides().isEmpty()) {
            return form.overrides();
        }
        String base = slug(form.termEn().isBlank() ? form.termDe() : form.termEn());
        String key = base;
        for (int n = 2; shipped.byId(key).isPresent() || hasTerm(workspaceId, key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    @Transactional
    GlossaryTermRow create(long workspaceId, GlossaryTermForm form) {
        GlossaryTermRow saved = rows.save(GlossaryTermRow.create(workspaceId, newKey(workspaceId, form), form));
        changed(workspaceId, saved);
        return saved;
    }

    @Transactional
    GlossaryTermRow update(long workspaceId, long id, GlossaryTermForm form) {
        GlossaryTermRow saved = rows.save(row(workspaceId, id).withForm(form));
        changed(workspaceId, saved);
        return saved;
    }

    @Transactional
    void delete(long workspaceId, long id) {
        GlossaryTermRow row = row(workspaceId, id);
        rows.delete(row);
        cache.remove(workspaceId);
        search.removeOwn(workspaceId, SearchKind.GLOSSARY, row.termKey());
    }

    private void changed(long workspaceId, GlossaryTermRow row) {
        cache.remove(workspaceId);
        search.indexOwn(workspaceId, SearchKind.GLOSSARY, SearchIndex.glossaryRecord(String.valueOf(workspaceId),
                row.toTerm()));
    }

    private static boolean matches(GlossaryTerm t, String q) {
        if (fold(t.en()).contains(q) || fold(t.de()).contains(q) || fold(t.id()).contains(q)) {
            return true;
        }
        for (String v : t.variants()) {
            if (fold(v).contains(q)) {
                return true;
            }
        }
        return fold(t.enExplanation()).contains(q) || fold(t.deExplanation()).contains(q);
    }

    static String fold(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "term" : slug;
    }
}
