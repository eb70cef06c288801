package dev.augenhoehe.knowledge;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
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
    /**
     * The live check asks on every pause in typing, so a workspace's terms and the glossary built from them are
     * loaded once and kept until an edit commits here, or until the TTL (an edit on another instance).
     */
    private final LoadingCache<Long, Terms> cache;

    private record Terms(List<GlossaryTerm> own, Glossary glossary) {
    }

    WorkspaceGlossary(GlossaryTermRepository rows, KnowledgeSearch search, Klartext klartext,
            KnowledgeProperties properties) {
        this.rows = rows;
        this.search = search;
        this.shipped = klartext.glossary();
        this.cache = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(properties.glossaryCacheTtl())
                .recordStats().build(this::load);
    }

    private Terms load(long workspaceId) {
        List<GlossaryTerm> own = rows.findByWorkspaceIdOrderByTermKeyAsc(workspaceId).stream()
                .map(GlossaryTermRow::toTerm).toList();
        return new Terms(own, own.isEmpty() ? shipped : shipped.withTerms(own));
    }

    /** The workspace's own terms, as the engine takes them ({@code CheckOptions.withWorkspaceTerms}). Cached. */
    public List<GlossaryTerm> workspaceTerms(long workspaceId) {
        return cache.get(workspaceId).own();
    }

    /** The shipped glossary with the workspace's terms on top, built once per change. Cached. */
    public Glossary glossary(long workspaceId) {
        return cache.get(workspaceId).glossary();
    }

    /** Hits, misses and evictions of the cache, for the operator. */
    public CacheStats cacheStats() {
        return cache.stats();
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
        evictAfterCommit(workspaceId);
        search.removeOwn(workspaceId, SearchKind.GLOSSARY, row.termKey());
    }

    /** Evicting before the commit would let a concurrent reader load and keep the old terms. */
    private void evictAfterCommit(long workspaceId) {
        AfterCommit.run(() -> cache.invalidate(workspaceId));
    }

    private void changed(long workspaceId, GlossaryTermRow row) {
        evictAfterCommit(workspaceId);
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
