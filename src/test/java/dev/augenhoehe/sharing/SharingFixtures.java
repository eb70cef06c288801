package dev.augenhoehe.sharing;

import dev.augenhoehe.TestRows;
import dev.augenhoehe.briefs.BriefContent;
import dev.augenhoehe.briefs.BriefPublished;
import dev.augenhoehe.language.Language;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows our tests need from other modules (through {@link TestRows}). A published version is announced with the
 * same {@link BriefPublished} event the briefs module sends.
 */
final class SharingFixtures {

    private SharingFixtures() {
    }

    static long engagement(JdbcTemplate jdbc, long workspaceId, String client, String title) {
        return TestRows.engagement(jdbc, workspaceId, client, title);
    }

    static long question(JdbcTemplate jdbc, long workspaceId, long engagementId, String text) {
        return TestRows.question(jdbc, workspaceId, engagementId, text, "Petra Korn");
    }

    /** The share a link was issued for, found by the hash the database keeps of its token. */
    static long shareId(JdbcTemplate jdbc, String token) {
        return jdbc.queryForObject("select id from client_share where token_hash = ?", Long.class,
                Tokens.sha256(token));
    }

    /** A brief of {@code options} options, published as version 1 (or the next version of {@code briefId}). */
    static long publish(JdbcTemplate jdbc, ApplicationEventPublisher events, long workspaceId, long engagementId,
            long questionId, Long briefId, BriefContent content, long userId) {
        long id = briefId == null
                ? TestRows.publishedBrief(jdbc, workspaceId, engagementId, questionId, content, userId)
                : briefId;
        int version = briefId == null ? 1 : TestRows.nextVersion(jdbc, workspaceId, briefId, content, userId);
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
}
