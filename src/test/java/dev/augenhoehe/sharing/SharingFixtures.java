package dev.augenhoehe.sharing;

import dev.augenhoehe.briefs.BriefContent;
import dev.augenhoehe.briefs.BriefPublished;
import dev.augenhoehe.language.Language;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows our tests need from other modules (client, engagement, question, a published brief version). Written with
 * plain SQL because those modules' services are package-private; the columns follow their migrations. A published
 * version is announced with the same {@link BriefPublished} event the briefs module sends.
 */
final class SharingFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SharingFixtures() {
    }

    static long engagement(JdbcTemplate jdbc, long workspaceId, String client, String title) {
        jdbc.update("insert into client (workspace_id, name, kind, created_at, updated_at, version) "
                + "values (?, ?, 'ORGANISATION', ?, ?, 0)", workspaceId, client, now(), now());
        long clientId = jdbc.queryForObject("select max(id) from client", Long.class);
        jdbc.update("insert into engagement (workspace_id, client_id, title, status, created_at, updated_at, version) "
                + "values (?, ?, ?, 'ACTIVE', ?, ?, 0)", workspaceId, clientId, title, now(), now());
        return jdbc.queryForObject("select max(id) from engagement", Long.class);
    }

    static long question(JdbcTemplate jdbc, long workspaceId, long engagementId, String text) {
        jdbc.update("insert into client_question (workspace_id, engagement_id, text, asked_by, asked_at, "
                + "created_at, version) values (?, ?, ?, 'Petra Korn', ?, ?, 0)", workspaceId, engagementId,
                text, Timestamp.valueOf(LocalDateTime.now().withNano(0)), now());
        return jdbc.queryForObject("select max(id) from client_question", Long.class);
    }

    /** A brief of {@code options} options, published as version 1 (or the next version of {@code briefId}). */
    static long publish(JdbcTemplate jdbc, ApplicationEventPublisher events, long workspaceId, long engagementId,
            long questionId, Long briefId, BriefContent content, long userId) {
        long id;
        int version;
        if (briefId == null) {
            jdbc.update("insert into brief (workspace_id, engagement_id, question_id, content, knowhow_choices, "
                    + "published_version, changed_since_publish, created_by, created_at, updated_by, updated_at, version) "
                    + "values (?, ?, ?, ?, '{}', 1, false, ?, ?, ?, ?, 0)", workspaceId,
                    engagementId, questionId, JSON.writeValueAsString(content), userId, now(), userId, now());
            id = jdbc.queryForObject("select max(id) from brief", Long.class);
            version = 1;
        } else {
            id = briefId;
            version = jdbc.queryForObject("select published_version from brief where id = ?", Integer.class, id) + 1;
            jdbc.update("update brief set published_version = ? where id = ?", version, id);
        }
        jdbc.update("insert into brief_version (workspace_id, brief_id, version_number, content, published_by, "
                + "published_at) values (?, ?, ?, ?, ?, ?)", workspaceId, id, version,
                JSON.writeValueAsString(content), userId, now());
        events.publishEvent(new BriefPublished(workspaceId, id, version, questionId));
        return id;
    }

    /** A brief in plain English with a term the glossary knows (cloud), umlauts and the euro sign. */
    static BriefContent cloudBrief(String question, int options) {
        List<dev.augenhoehe.knowledge.DecisionOption> list = new ArrayList<>();
        for (int i = 0; i < options; i++) {
            list.add(new dev.augenhoehe.knowledge.DecisionOption(i == 0 ? "Rent in the cloud" : "Option " + (i + 1) + " für Bäckereien",
                    "Your shop runs on rented computers in the cloud. Option " + (i + 1) + ".",
                    "- quick to start\n- little care", "- monthly cost", "You can move later.", "3 days",
                    "€ 2,000", "2 weeks", i == 0 ? dev.augenhoehe.knowledge.Risk.LOW : dev.augenhoehe.knowledge.Risk.MEDIUM, "Little can go wrong here."));
        }
        return new BriefContent(question, Language.EN, "Your online shop needs a home. Größe matters.", list, 0, "",
                "It is safer and needs less care from your team.", "Your internet is unreliable.",
                "Cloud means renting computers.",
                List.of(new BriefContent.KnowhowTerm("cloud", "cloud", "Computers you rent over the internet.")));
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
