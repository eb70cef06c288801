package dev.augenhoehe.briefs;

import dev.augenhoehe.knowledge.DecisionOption;
import dev.augenhoehe.knowledge.Risk;

import dev.augenhoehe.conversations.LoadQuestionsCreated;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code load} profile's briefs: one per answered question (40,000), three options each; every second one is
 * published (one version, every tenth of those two). Batched SQL in chunks; the content of a version is the same
 * JSON the publish step writes.
 */
@Component
@Profile("load")
class LoadBriefs {

    private static final int CHUNK = 1_000;
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();
    private static final List<DecisionOption> OPTIONS = List.of(
            new DecisionOption("In der Cloud betreiben", "Ein Anbieter betreibt die Software für Sie.",
                    "Kein eigener Server, Updates kommen von selbst.", "Monatliche Kosten, Daten liegen beim Anbieter.",
                    "Sie sind schnell startklar.", "gering", "30 € im Monat", "2 Wochen", Risk.LOW,
                    "Der Anbieter ist etabliert."),
            new DecisionOption("Eigenen Server aufstellen", "Die Software läuft auf einem Rechner bei Ihnen.",
                    "Volle Kontrolle über die Daten.", "Wartung und Backups liegen bei Ihnen.",
                    "Sie brauchen jemanden, der sich kümmert.", "hoch", "2.000 € einmalig", "6 Wochen", Risk.MEDIUM,
                    "Ohne Pflege veraltet der Server."),
            new DecisionOption("Erst einmal abwarten", "Alles bleibt, wie es ist.", "Kein Aufwand jetzt.",
                    "Das Problem bleibt bestehen.", "Die Entscheidung kommt später wieder.", "keiner", "0 €", "–",
                    Risk.HIGH, "Die alte Lösung fällt vielleicht aus."));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    LoadBriefs(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @EventListener
    void seed(LoadQuestionsCreated load) {
        long ws = load.workspaceId();
        List<LoadQuestionsCreated.Asked> questions = load.questions();
        List<Long> users = load.userIds();
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        String context = "Die Kundin möchte wissen, wie es weitergeht. Hier sind drei Wege mit ihren Folgen.";
        String reasons = "Die Cloud passt zum kleinen Team, weil niemand einen Server pflegen muss.";
        for (int start = 0; start < questions.size(); start += CHUNK) {
            List<LoadQuestionsCreated.Asked> chunk = questions.subList(start, Math.min(questions.size(), start + CHUNK));
            int offset = start;
            tx.executeWithoutResult(status -> {
                List<Object[]> briefs = new ArrayList<>();
                for (int i = 0; i < chunk.size(); i++) {
                    LoadQuestionsCreated.Asked q = chunk.get(i);
                    int published = (offset + i) % 2 == 0 ? ((offset + i) % 20 == 0 ? 2 : 1) : 0;
                    long user = users.get((offset + i) % users.size());
                    String draft = JSON.writeValueAsString(new BriefContent("", q.language(), context,
                            OPTIONS, 0, "", reasons, "Wenn das Budget sich ändert.", "", List.of()));
                    briefs.add(new Object[] {ws, q.engagementId(), q.id(), draft,
                        "{\"added\":[],\"removed\":[]}", published, false, user, now, user, now, published});
                }
                jdbc.batchUpdate("insert into brief (workspace_id, engagement_id, question_id, content,"
                        + " knowhow_choices, published_version, changed_since_publish, created_by, created_at,"
                        + " updated_by, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", briefs);
                List<Long> ids = new ArrayList<>(jdbc.queryForList("select id from brief where workspace_id = ?"
                        + " order by id desc limit ?", Long.class, ws, chunk.size()));
                java.util.Collections.reverse(ids);
                List<Object[]> versions = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    int published = (int) briefs.get(i)[5];
                    LoadQuestionsCreated.Asked q = chunk.get(i);
                    for (int v = 1; v <= published; v++) {
                        String json = JSON.writeValueAsString(new BriefContent(q.text(), q.language(), context,
                                OPTIONS, 0, "", reasons, "Wenn das Budget sich ändert.", "", List.of()));
                        versions.add(new Object[] {ws, ids.get(i), v, json, briefs.get(i)[7], now});
                    }
                }
                jdbc.batchUpdate("insert into brief_version (workspace_id, brief_id, version_number, content,"
                        + " published_by, published_at) values (?, ?, ?, ?, ?, ?)", versions);
            });
        }
    }
}
