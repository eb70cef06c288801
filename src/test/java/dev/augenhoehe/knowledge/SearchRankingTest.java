package dev.augenhoehe.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.knowledge.SearchIndex.IndexRecord;
import dev.augenhoehe.language.Klartext;
import dev.augenhoehe.language.Language;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** German-aware ranking on the real analyzers, without a database. */
class SearchRankingTest {

    SearchIndex index;

    @BeforeEach
    void setUp() {
        index = new SearchIndex(Klartext.standard().glossary());
        brief("1", "1", "Wie läuft die Migration der Datenbank ab?",
                "Wir ziehen die Daten am Wochenende um. Die Migration der Datenbank dauert etwa zwei Tage.");
        brief("1", "2", "Neues Logo für die Webseite",
                "Das neue Logo braucht drei Entwürfe. Danach passen wir die Farben der Seite an.");
        brief("1", "3", "Kosten für Server",
                "Der Server kostet im Monat etwa 80 Euro. Dazu kommt die Pflege.");
        brief("2", "4", "Datenbankmigration bei Firma B",
                "Die Datenbankmigration der anderen Firma darf niemand aus Workspace 1 sehen.");
        english("1", "5", "Should we migrate our database now?",
                "Migrating the database now costs two weeks, but later the old version loses support.");
        // BM25 weighs words per field, so each language needs a few documents, as in real use
        english("1", "11", "A new logo for the shop", "The designer sends three drafts next week.");
        english("1", "12", "Who looks after the server?", "The hosting company patches it every month.");
        english("1", "13", "Is a newsletter worth it?", "Most of your customers read email on the phone.");
        index.refresh();
    }

    private void brief(String ws, String key, String title, String body) {
        index.upsert(new IndexRecord(ws, SearchKind.BRIEF, key, title, body, "", "", "/briefs/" + key));
    }

    private void english(String ws, String key, String title, String body) {
        index.upsert(new IndexRecord(ws, SearchKind.BRIEF, key, "", "", title, body, "/briefs/" + key));
    }

    private List<String> keys(String query, Language language) {
        return index.search("1", query, language, 10).stream().filter(h -> h.kind() == SearchKind.BRIEF)
                .map(SearchHit::key).toList();
    }

    @Test
    void aCompoundFindsItsPartsWrittenApart() {
        assertThat(keys("Datenbankmigration", Language.DE)).first().isEqualTo("1");
    }

    @Test
    void partsWrittenApartFindTheCompound() {
        brief("1", "6", "Plan für die Datenbankmigration", "Wir planen die Datenbankmigration für den Herbst.");
        index.refresh();
        assertThat(keys("Migration Datenbank", Language.DE)).contains("1", "6");
    }

    @Test
    void stemmingMatchesOtherWordForms() {
        assertThat(keys("Entwurf Farbe", Language.DE)).first().isEqualTo("2");
        assertThat(keys("migrations of databases", Language.EN)).first().isEqualTo("5");
    }

    @Test
    void umlautsAndTheirAbsenceMatch() {
        brief("1", "7", "Prüfung der Rechnungen", "Die Prüfung läuft monatlich.");
        index.refresh();
        assertThat(keys("Prufung", Language.DE)).contains("7");
        assertThat(keys("prüfung", Language.DE)).contains("7");
    }

    @Test
    void anotherWorkspacesBriefsNeverShowUp() {
        assertThat(index.search("1", "Datenbankmigration Firma", Language.DE, 50))
                .noneMatch(h -> h.kind() == SearchKind.BRIEF && h.key().equals("4"));
        assertThat(index.search("2", "Datenbankmigration", Language.DE, 50))
                .filteredOn(h -> h.kind() == SearchKind.BRIEF).extracting(SearchHit::key).containsExactly("4");
    }

    @Test
    void titleMatchesRankAboveBodyMatches() {
        brief("1", "8", "Server", "Ein kurzer Text.");
        brief("1", "9", "Etwas anderes", "Hier steht das Wort Server einmal in einem längeren Text über vieles.");
        index.refresh();
        List<String> keys = keys("Server", Language.DE);
        assertThat(keys.indexOf("8")).isLessThan(keys.indexOf("9"));
    }

    @Test
    void highlightsMarkTheMatchingWordsAndCutLongTexts() {
        SearchHit hit = index.search("1", "Datenbankmigration", Language.DE, 10).stream()
                .filter(h -> h.key().equals("1")).findFirst().orElseThrow();
        assertThat(hit.title()).filteredOn(SearchHit.Part::hit).extracting(SearchHit.Part::text)
                .contains("Migration", "Datenbank");
        String longBody = "Einleitung ohne Treffer. ".repeat(40) + "Hier geht es um das Backup. " + "Mehr Text. ".repeat(40);
        brief("1", "10", "Lang", longBody);
        index.refresh();
        SearchHit longHit = index.search("1", "Backup", Language.DE, 10).stream().filter(h -> h.key().equals("10"))
                .findFirst().orElseThrow();
        String snippet = longHit.snippet().stream().map(SearchHit.Part::text).reduce("", String::concat);
        assertThat(snippet).contains("Backup").startsWith("… ").hasSizeLessThan(260);
    }

    @Test
    void shippedTemplatesAreFoundInTheUsersLanguage() {
        ShippedTemplates templates = ShippedTemplates.load();
        templates.files().forEach(f -> index.upsert(SearchIndex.templateRecord(SearchIndex.SHIPPED, f.slug(), f.de(),
                f.en(), "/knowledge/templates/" + f.slug())));
        index.refresh();
        List<SearchHit> hits = index.search("1", "eigener Server Cloud", Language.DE, 5);
        assertThat(hits).extracting(SearchHit::key).contains("cloud-vs-own-server");
        SearchHit cloud = hits.stream().filter(h -> h.key().equals("cloud-vs-own-server")).findFirst().orElseThrow();
        assertThat(cloud.plainTitle()).isEqualTo("Cloud oder eigener Server?");
        assertThat(index.search("2", "own server cloud", Language.EN, 5).get(0).plainTitle())
                .isEqualTo("Cloud or our own server?");
    }

    @Test
    void aWorkspaceTermHidesTheShippedTermItReplaces() {
        var glossary = Klartext.standard().glossary();
        if (glossary.size() == 0) {
            return;
        }
        var shipped = glossary.terms().get(0);
        index.upsert(SearchIndex.glossaryRecord(SearchIndex.SHIPPED, shipped));
        var own = new dev.augenhoehe.language.GlossaryTerm(shipped.id(), shipped.en(), shipped.de(), List.of(), false,
                "Our own words for it.", "Unsere eigenen Worte dafür.");
        index.upsert(SearchIndex.glossaryRecord("1", own));
        index.refresh();
        List<SearchHit> hits = index.search("1", shipped.en(), Language.EN, 20).stream()
                .filter(h -> h.kind() == SearchKind.GLOSSARY && h.key().equals(shipped.id())).toList();
        assertThat(hits).hasSize(1).first().extracting(SearchHit::shipped).isEqualTo(false);
        assertThat(index.search("2", shipped.en(), Language.EN, 20))
                .anyMatch(h -> h.kind() == SearchKind.GLOSSARY && h.key().equals(shipped.id()) && h.shipped());
    }

    @Test
    void nonsenseAndStopWordsGiveNoResultsNotErrors() {
        assertThat(index.search("1", "der die das", Language.DE, 10)).isEmpty();
        assertThat(index.search("1", "<script>alert(1)</script> *:* AND OR \"", Language.DE, 10)).isNotNull();
        assertThat(index.search("1", "wort ".repeat(500), Language.DE, 10)).isNotNull();
    }
}
