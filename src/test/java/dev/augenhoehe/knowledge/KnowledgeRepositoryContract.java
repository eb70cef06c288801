package dev.augenhoehe.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.augenhoehe.knowledge.SearchIndex.IndexRecord;
import dev.augenhoehe.TestRows;
import dev.augenhoehe.language.Klartext;
import dev.augenhoehe.language.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Runs on H2 and on PostgreSQL: the subclasses pick the database. */
abstract class KnowledgeRepositoryContract {

    @Autowired
    GlossaryTermRepository terms;

    @Autowired
    TemplateRepository templates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    PlatformTransactionManager transactions;

    long workspace(String name) {
        return TestRows.workspace(jdbc, name);
    }

    static GlossaryTermForm form(String en, String de) {
        return new GlossaryTermForm("", en, de, "Variante A\nVariante B", "false", "Plain words.", "Einfache Worte.", null);
    }

    @Test
    void glossaryTermsBelongToOneWorkspace() {
        long acme = workspace("Acme");
        long other = workspace("Other");
        GlossaryTermRow saved = terms.save(GlossaryTermRow.create(acme, "staging", form("Staging", "Testumgebung")));
        terms.save(GlossaryTermRow.create(other, "staging", form("Staging", "Vorschau")));

        assertThat(terms.findByWorkspaceIdOrderByTermKeyAsc(acme)).singleElement()
                .satisfies(t -> assertThat(t.toTerm().variants()).containsExactly("Variante A", "Variante B"))
                .satisfies(t -> assertThat(t.termDe()).isEqualTo("Testumgebung"));
        assertThat(terms.findByIdAndWorkspaceId(saved.id(), other)).isEmpty();
        assertThat(terms.findByWorkspaceIdAndTermKey(acme, "staging")).isPresent();
    }

    @Test
    void aWorkspaceHasEachTermKeyOnce() {
        long acme = workspace("Acme");
        terms.save(GlossaryTermRow.create(acme, "api", form("API", "API")));
        assertThatThrownBy(() -> terms.save(GlossaryTermRow.create(acme, "api", form("API 2", "API 2"))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aStaleGlossaryEditCannotOverwriteANewerOne() {
        long acme = workspace("Acme");
        GlossaryTermRow saved = terms.save(GlossaryTermRow.create(acme, "cdn", form("CDN", "CDN")));
        terms.save(saved.withForm(form("CDN", "Netz für schnelle Auslieferung")));
        assertThatThrownBy(() -> terms.save(saved.withForm(form("CDN", "Alt"))))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void workspaceTemplatesKeepTheirContentAsJson() {
        long acme = workspace("Acme");
        JsonMapper json = JsonMapper.builder().build();
        TemplateContent content = new TemplateContent("Eigene Vorlage", "Frage?", "Lage.",
                List.of(new DecisionOption("A", "Heißt A.", "- gut", "- teuer", "Führt zu B.", "1 Tag", "100 €",
                        "1 Woche", Risk.LOW, "Weil klein.")), 0, "", "Weil A passt.", "", "Wissen.", List.of("cloud"));
        Instant now = Instant.now();
        TemplateRow row = templates.save(new TemplateRow(null, acme, "de", content.title(),
                json.writeValueAsString(content), now, now, null));
        TemplateRow found = templates.findByIdAndWorkspaceId(row.id(), acme).orElseThrow();
        assertThat(json.readValue(found.content(), TemplateContent.class)).isEqualTo(content);
        assertThat(templates.findByIdAndWorkspaceId(row.id(), workspace("Other"))).isEmpty();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void twoInstancesSeeEachOthersDocumentsThroughTheDatabase() {
        long ws = workspace("Shared " + UUID.randomUUID());
        SearchDocumentStore store = new SearchDocumentStore(named, transactions);
        KnowledgeProperties props = new KnowledgeProperties(Duration.ofHours(1), Duration.ofSeconds(60), null, null);
        KnowledgeSearch a = new KnowledgeSearch(store, props, Klartext.standard());
        KnowledgeSearch b = new KnowledgeSearch(store, props, Klartext.standard());
        a.loadNow();
        b.loadNow();

        a.index(ws, SearchKind.BRIEF, new SearchDocument("41", Language.DE, "Migration der Datenbank", "Wir ziehen die Daten um.",
                "/briefs/41"));
        assertThat(a.search(ws, "Datenbankmigration", Language.DE, 5)).extracting(SearchHit::key).contains("41");
        assertThat(b.search(ws, "Datenbankmigration", Language.DE, 5)).extracting(SearchHit::key).doesNotContain("41");

        assertThat(b.catchUp()).isGreaterThanOrEqualTo(1);
        assertThat(b.search(ws, "Datenbankmigration", Language.DE, 5)).extracting(SearchHit::key).contains("41");
        assertThat(b.search(ws + 1000, "Datenbankmigration", Language.DE, 5)).extracting(SearchHit::key)
                .doesNotContain("41");

        a.index(ws, SearchKind.BRIEF, new SearchDocument("41", Language.DE, "Neues Logo", "Drei Entwürfe.", "/briefs/41"));
        b.catchUp();
        assertThat(b.search(ws, "Datenbankmigration", Language.DE, 5)).extracting(SearchHit::key).doesNotContain("41");
        assertThat(b.search(ws, "Logo", Language.DE, 5)).extracting(SearchHit::key).contains("41");

        a.removeOwn(ws, SearchKind.BRIEF, "41");
        b.catchUp();
        assertThat(b.search(ws, "Logo", Language.DE, 5)).extracting(SearchHit::key).doesNotContain("41");
        assertThat(b.catchUp()).as("nothing new the second time").isZero();

        // a fresh instance starts from the database and skips deleted documents
        KnowledgeSearch c = new KnowledgeSearch(store, props, Klartext.standard());
        // before its first load a new instance answers at once, from what it has, and says it is still indexing
        assertThat(c.isIndexing()).isTrue();
        assertThat(c.search(ws, "Logo", Language.DE, 5)).isEmpty();
        c.loadNow();
        assertThat(c.isIndexing()).isFalse();
        assertThat(named.getJdbcTemplate().getFetchSize()).as("the shared template keeps its fetch size").isEqualTo(-1);
        assertThat(c.search(ws, "Logo", Language.DE, 5)).extracting(SearchHit::key).doesNotContain("41");
        assertThat(store.purgeDeletedBefore(Instant.now().plusSeconds(3600))).isGreaterThanOrEqualTo(1);
        a.stop();
        b.stop();
        c.stop();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void storeUpsertsByWorkspaceKindAndKey() {
        long ws = workspace("Store " + UUID.randomUUID());
        SearchDocumentStore store = new SearchDocumentStore(named, transactions);
        store.upsert(ws, new IndexRecord(String.valueOf(ws), SearchKind.BRIEF, "1", "T", "B", "", "", "/b/1"));
        store.upsert(ws, new IndexRecord(String.valueOf(ws), SearchKind.BRIEF, "1", "T2", "B2", "", "", "/b/1"));
        store.upsert(ws, new IndexRecord(String.valueOf(ws), SearchKind.TEMPLATE, "1", "T", "B", "", "", "/t/1"));
        assertThat(jdbc.queryForObject("select count(*) from knowledge_search_document where workspace_id = ?",
                Integer.class, ws)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select title_de from knowledge_search_document where workspace_id = ? "
                + "and kind = 'brief'", String.class, ws)).isEqualTo("T2");
    }
}
