package dev.augenhoehe.knowledge;

import dev.augenhoehe.TestRows;
import dev.augenhoehe.language.Klartext;
import dev.augenhoehe.language.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The search benchmark behind {@link SearchBenchmark} (H2) and {@link SearchPostgresBenchmark}: 50,000 brief
 * documents built from the sentences of the shipped templates (German and English, like real briefs), stored in
 * the database, loaded into a fresh instance's index, then typical queries timed one by one.
 */
final class SearchBenchmarkSupport {

    static final int BRIEFS = Integer.getInteger("briefs", 50_000);
    static final int WARMUP = 300;
    static final int ROUNDS = 2_000;
    static final List<String> QUERIES = List.of("Datenbankmigration", "Cloud oder eigener Server",
            "Backup Strategie", "Kosten für den Shop", "Passwort und Anmeldung", "migrate the database",
            "newsletter costs", "Festpreis", "Schnittstelle zum ERP", "Update später", "Rechenzentrum in Deutschland",
            "automatische Tests", "agency or own team", "Datenschutz", "Lasttest Kampagne");

    private SearchBenchmarkSupport() {
    }

    static String run(String database, DataSource dataSource, PlatformTransactionManager transactions)
            throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long ws = TestRows.workspace(jdbc, "Bench");
        long other = TestRows.workspace(jdbc, "Other");

        long t0 = System.nanoTime();
        long chars = insert(dataSource, ws, other);
        long insertMs = (System.nanoTime() - t0) / 1_000_000;

        SearchDocumentStore store = new SearchDocumentStore(new NamedParameterJdbcTemplate(dataSource), transactions);
        // a short look-back, so the idle poll below measures a quiet database, not the bulk insert just made
        KnowledgeProperties props = new KnowledgeProperties(Duration.ofHours(1), Duration.ofSeconds(1), null, null);
        t0 = System.nanoTime();
        long[] rows = {0};
        store.forEachChangedSince(null, row -> rows[0]++);
        long readMs = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long heapBefore = usedHeap();
        t0 = System.nanoTime();
        KnowledgeSearch search = new KnowledgeSearch(store, props, Klartext.standard());
        search.loadNow();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long heapAfter = usedHeap();

        Random random = new Random(7);
        int hitsTotal = 0;
        for (int i = 0; i < WARMUP; i++) {
            hitsTotal += search.search(ws, QUERIES.get(random.nextInt(QUERIES.size())), Language.DE, 20).size();
        }
        long[] nanos = new long[ROUNDS];
        long[][] perQuery = new long[QUERIES.size()][ROUNDS / QUERIES.size() + 1];
        int[] perCount = new int[QUERIES.size()];
        for (int i = 0; i < ROUNDS; i++) {
            int q = i % QUERIES.size();
            Language ui = i % 5 == 0 ? Language.EN : Language.DE;
            long s = System.nanoTime();
            List<SearchHit> hits = search.search(ws, QUERIES.get(q), ui, 20);
            nanos[i] = System.nanoTime() - s;
            perQuery[q][perCount[q]++] = nanos[i];
            hitsTotal += hits.size();
            if (hits.stream().anyMatch(h -> h.kind() == SearchKind.BRIEF && h.key().startsWith("o"))) {
                throw new IllegalStateException("another workspace's brief in the results");
            }
        }
        // a single-instance catch-up poll with nothing new, as every instance runs it every few seconds
        Thread.sleep(2_500);
        search.catchUp();
        long[] polls = new long[20];
        for (int i = 0; i < polls.length; i++) {
            long s = System.nanoTime();
            search.catchUp();
            polls[i] = System.nanoTime() - s;
        }
        long indexBytes = search.ramBytes();
        search.stop();

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "database: %s%n", database));
        out.append(String.format(Locale.ROOT, "documents: %,d briefs in the measured workspace + %,d in another "
                + "+ %d shipped templates and %d shipped glossary terms; %.1f MB of brief text%n", BRIEFS,
                BRIEFS / 10, ShippedTemplates.load().files().size(),
                dev.augenhoehe.language.Klartext.standard().glossary().size(), chars / 1e6));
        out.append(String.format(Locale.ROOT, "insert into the database (batch JDBC): %,d ms%n", insertMs));
        out.append(String.format(Locale.ROOT, "read all %,d rows from the database alone: %,d ms%n", rows[0], readMs));
        out.append(String.format(Locale.ROOT, "instance start: load all from the database and index: %,d ms; "
                + "index %.1f MB, heap growth about %.0f MB%n", loadMs, indexBytes / 1e6,
                (heapAfter - heapBefore) / 1e6));
        out.append(String.format(Locale.ROOT, "catch-up poll with nothing new: p50 %.2f ms, max %.2f ms%n",
                percentile(polls, 50), percentile(polls, 100)));
        out.append(String.format(Locale.ROOT, "queries: %,d timed after %d warm-up, 20 results each with "
                + "highlights, one thread%n", ROUNDS, WARMUP));
        out.append(String.format(Locale.ROOT, "all queries: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99), percentile(nanos, 100)));
        for (int q = 0; q < QUERIES.size(); q++) {
            long[] values = Arrays.copyOf(perQuery[q], perCount[q]);
            out.append(String.format(Locale.ROOT, "  %-30s p50 %6.2f ms  p95 %6.2f ms%n", "\"" + QUERIES.get(q) + "\"",
                    percentile(values, 50), percentile(values, 95)));
        }
        out.append(String.format(Locale.ROOT, "(hits returned in total: %,d)%n", hitsTotal));
        String text = out.toString();
        System.out.println(text);
        Path file = Path.of("target", "search-benchmark-" + database.toLowerCase(Locale.ROOT) + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException ignored) {
            // the console has it too
        }
        return text;
    }

    /** Briefs assembled from template sentences: a question as title, then context, options, recommendation. */
    private static long insert(DataSource dataSource, long ws, long other) throws Exception {
        List<String> de = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<String> deTitles = new ArrayList<>();
        List<String> enTitles = new ArrayList<>();
        for (ShippedTemplates.TemplateFile f : ShippedTemplates.load().files()) {
            sentences(f.de(), de);
            sentences(f.en(), en);
            deTitles.add(f.de().question());
            enTitles.add(f.en().question());
        }
        String[] clients = {"Bäckerei Krume", "Autohaus Weber", "Praxis Dr. Sommer", "Kanzlei Roth", "Hotel Seeblick",
            "Stadtwerke Nord", "Verlag Feder", "Tischlerei Holm", "Modehaus Lind", "Spedition Kraft"};
        Random random = new Random(42);
        long chars = 0;
        String sql = "insert into knowledge_search_document (workspace_id, kind, doc_key, title_de, body_de, "
                + "title_en, body_en, url, deleted, changed_at) values (?, 'brief', ?, ?, ?, ?, ?, ?, false, "
                + "current_timestamp)";
        int total = BRIEFS + BRIEFS / 10;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (int i = 0; i < total; i++) {
                boolean mine = i < BRIEFS;
                boolean german = random.nextInt(5) != 0;
                List<String> pool = german ? de : en;
                String client = clients[random.nextInt(clients.length)];
                String title = (german ? deTitles : enTitles).get(random.nextInt(deTitles.size())) + " (" + client + ")";
                StringBuilder body = new StringBuilder();
                int sentences = 12 + random.nextInt(14);
                for (int s = 0; s < sentences; s++) {
                    body.append(pool.get(random.nextInt(pool.size()))).append(s % 4 == 3 ? "\n" : " ");
                }
                String key = (mine ? "" : "o") + i;
                ps.setLong(1, mine ? ws : other);
                ps.setString(2, key);
                ps.setString(3, german ? title : "");
                ps.setString(4, german ? body.toString() : "");
                ps.setString(5, german ? "" : title);
                ps.setString(6, german ? "" : body.toString());
                ps.setString(7, "/briefs/" + key);
                ps.addBatch();
                chars += title.length() + body.length();
                if (i % 1000 == 999) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        }
        return chars;
    }

    private static void sentences(TemplateContent c, List<String> out) {
        List<String> texts = new ArrayList<>(List.of(c.context(), c.reasons(), c.revisitIf(), c.knowhow()));
        for (DecisionOption o : c.options()) {
            texts.addAll(List.of(o.meaning(), o.leadsTo(), o.riskReason()));
            texts.addAll(o.prosItems());
            texts.addAll(o.consItems());
        }
        for (String t : texts) {
            for (String s : t.split("(?<=[.!?])\\s+")) {
                if (s.length() > 10) {
                    out.add(s.strip());
                }
            }
        }
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
