package dev.augenhoehe.knowledge;

import dev.augenhoehe.knowledge.SearchIndex.IndexRecord;
import dev.augenhoehe.language.Glossary;
import dev.augenhoehe.language.Klartext;
import dev.augenhoehe.language.Language;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * One search over templates, glossary and the workspace's past briefs.
 *
 * <p>The app is stateless and may run as several instances on one database. Each instance keeps its own
 * in-memory index: built from the database in the background after start (searches meanwhile answer with what
 * is there, and {@link #isIndexing()} says so), updated at once for writes through this instance, and
 * kept current with the others' writes by polling {@code changed_at} every few seconds. Each poll re-reads a
 * look-back window before the previous poll, because a transaction stamped earlier can commit later; applying a
 * row twice is harmless. Queries never touch the database.
 */
@Service
public class KnowledgeSearch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeSearch.class);
    public static final int MAX_QUERY = 200;

    private final SearchDocumentStore store;
    private final SearchIndex index;
    private final Glossary glossary;
    private final Duration pollInterval;
    private final Duration lookback;
    private final CountDownLatch loaded = new CountDownLatch(1);
    // what each document was last applied as, so a poll skips what it has already seen; the content counts too,
    // because two writes can share a timestamp (PostgreSQL's is the transaction's start)
    private final Map<String, Applied> applied = new ConcurrentHashMap<>();

    private record Applied(Instant changedAt, int content) {
    }
    // the database time of the previous poll; every row older than that minus the look-back is applied
    private volatile Instant lastPoll;
    private volatile Instant lastPurge = Instant.now();
    private ScheduledExecutorService poller;

    KnowledgeSearch(SearchDocumentStore store, KnowledgeProperties properties, Klartext klartext) {
        this.store = store;
        this.glossary = klartext.glossary();
        this.pollInterval = properties.searchPollInterval();
        this.lookback = properties.searchLookback();
        this.index = new SearchIndex(glossary);
    }

    /**
     * Adds or replaces something a workspace wrote: a past brief, a topic's notes, a question, a client. Visible to
     * this instance once the transaction commits, to others within seconds.
     */
    public void index(long workspaceId, SearchKind kind, SearchDocument doc) {
        if (kind == SearchKind.TEMPLATE || kind == SearchKind.GLOSSARY) {
            throw new IllegalArgumentException("templates and glossary terms are indexed by the knowledge module");
        }
        boolean german = doc.language() == Language.DE;
        indexOwn(workspaceId, kind, new IndexRecord(String.valueOf(workspaceId), kind,
                doc.key(), german ? doc.title() : "", german ? doc.body() : "", german ? "" : doc.title(),
                german ? "" : doc.body(), doc.url()));
    }

    /**
     * Ranked hits for a query, only from this workspace and the shipped knowledge; titles and snippets in the
     * given language where the document has it. Queries longer than {@value #MAX_QUERY} characters are cut.
     */
    public List<SearchHit> search(long workspaceId, String query, Language language, int limit) {
        if (query == null || query.isBlank() || limit < 1) {
            return List.of();
        }
        // no waiting for the first load: until it is done the answer holds what is there, and isIndexing() says so
        String q = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
        return index.search(String.valueOf(workspaceId), q, language, Math.min(limit, 100));
    }

    void indexOwn(long workspaceId, SearchKind kind, IndexRecord record) {
        store.upsert(workspaceId, record);
        afterCommit(() -> {
            index.upsert(record);
            index.refresh();
        });
    }

    /** Takes something a workspace wrote out of the search (e.g. notes that were emptied). */
    public void remove(long workspaceId, SearchKind kind, String key) {
        removeOwn(workspaceId, kind, key);
    }

    void removeOwn(long workspaceId, SearchKind kind, String key) {
        store.markDeleted(workspaceId, kind, key);
        afterCommit(() -> {
            index.delete(IndexRecord.id(String.valueOf(workspaceId), kind, key));
            index.refresh();
        });
    }

    /** A rolled-back write must not linger in the index: apply it only once the database has it. */
    private static void afterCommit(Runnable action) {
        AfterCommit.run(action);
    }

    /**
     * True until the index holds the shipped knowledge and every document stored in the database. It is built in
     * the background after start-up, so the app serves at once; a search meanwhile may miss documents.
     */
    public boolean isIndexing() {
        return loaded.getCount() > 0;
    }

    private volatile boolean shippedIndexed;

    private synchronized void indexShipped() {
        if (shippedIndexed) {
            return;
        }
        shippedIndexed = true;
        ShippedTemplates templates = ShippedTemplates.load();
        for (ShippedTemplates.TemplateFile f : templates.files()) {
            index.upsert(SearchIndex.templateRecord(SearchIndex.SHIPPED, f.slug(), f.de(), f.en(),
                    "/knowledge/templates/" + f.slug()));
        }
        glossary.terms()
                .forEach(t -> index.upsert(SearchIndex.glossaryRecord(SearchIndex.SHIPPED, t)));
        index.refresh();
    }

    /** Applies what changed in the database since the last look (everything, the first time). */
    synchronized int catchUp() {
        // A row stamped before (previous poll - look-back) had committed by the previous poll, which read it.
        // Anchoring at the database's own "now" keeps an idle poll empty, however busy the past was.
        Instant pollTime = store.now();
        Instant since = lastPoll == null ? null : lastPoll.minus(lookback);
        int[] changes = {0};
        store.forEachChangedSince(since, row -> {
            String id = row.record().id();
            Applied seen = applied.get(id);
            Applied now = new Applied(row.changedAt(), row.deleted() ? 0 : row.record().hashCode());
            if (seen != null && (row.changedAt().isBefore(seen.changedAt()) || seen.equals(now))) {
                return;
            }
            if (row.deleted()) {
                index.delete(id);
            } else {
                index.upsert(row.record());
            }
            applied.put(id, now);
            changes[0]++;
        });
        lastPoll = pollTime;
        if (changes[0] > 0) {
            index.refresh();
        }
        return changes[0];
    }

    private void poll() {
        try {
            indexShipped();
            catchUp();
            loaded.countDown();
            if (Duration.between(lastPurge, Instant.now()).toHours() >= 1) {
                lastPurge = Instant.now();
                store.purgeDeletedBefore(Instant.now().minus(Duration.ofDays(1)));
            }
        } catch (RuntimeException e) {
            // the database may be briefly away; the next poll tries again and searches keep working meanwhile
            log.warn("search catch-up failed: {}", e.toString());
        }
    }

    /** Loads everything now (tests, benchmark). */
    void loadNow() {
        indexShipped();
        catchUp();
        loaded.countDown();
    }

    int size() {
        return index.size();
    }

    long ramBytes() {
        return index.ramBytes();
    }

    @Override
    public synchronized void start() {
        if (poller == null) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "knowledge-search-poller");
                t.setDaemon(true);
                return t;
            });
            poller.scheduleWithFixedDelay(this::poll, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Stops polling only: a stopped context (a paused test context, too) may start again and needs its index. */
    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @jakarta.annotation.PreDestroy
    synchronized void close() {
        stop();
        try {
            index.close();
        } catch (IOException e) {
            log.debug("closing the search index", e);
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }
}
