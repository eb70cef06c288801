package dev.augenhoehe.clients;

import dev.augenhoehe.accounts.LoadWorkspaceCreated;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code load} profile's clients: 2,000, two engagements each, a few archived. Batched SQL, not the service:
 * the point is the data's shape and size, and one insert at a time would take minutes.
 */
@Component
@Profile("load")
class LoadClients {

    static final int CLIENTS = 2_000;
    static final int ENGAGEMENTS_PER_CLIENT = 2;
    private static final String[] KINDS = {"Bäckerei", "Praxis", "Kanzlei", "Autohaus", "Verein", "Hotel", "Shop",
        "Agentur", "Schreinerei", "Apotheke"};
    private static final String[] TITLES = {"Neuer Online-Shop", "Terminbuchung", "Umzug in die Cloud",
        "Datenschutz prüfen", "Neue Website", "Warenwirtschaft ablösen", "E-Mail und Kalender", "Backups einrichten"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    LoadClients(JdbcTemplate jdbc, TransactionTemplate tx, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
    }

    @EventListener
    void seed(LoadWorkspaceCreated load) {
        long ws = load.workspaceId();
        Random random = new Random(13);
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        tx.executeWithoutResult(status -> {
            List<Object[]> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                String name = KINDS[i % KINDS.length] + " " + (1000 + i) + " GmbH";
                clients.add(new Object[] {ws, name, i % 7 == 0 ? "PERSON" : "ORGANISATION", "Kontakt " + i,
                    "kontakt" + i + "@kunde.example", "+49 30 " + (100000 + i), "Notizen zu " + name,
                    i % 25 == 0 ? now : null, now.minusDays(random.nextInt(700)), now});
            }
            jdbc.batchUpdate("insert into client (workspace_id, name, kind, contact_person, email, phone, notes,"
                    + " archived_at, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", clients);
        });
        List<Long> clientIds = jdbc.queryForList("select id from client where workspace_id = ? order by id",
                Long.class, ws);
        EngagementStatus[] statuses = EngagementStatus.values();
        tx.executeWithoutResult(status -> {
            List<Object[]> engagements = new ArrayList<>();
            for (int i = 0; i < clientIds.size(); i++) {
                for (int e = 0; e < ENGAGEMENTS_PER_CLIENT; e++) {
                    engagements.add(new Object[] {ws, clientIds.get(i), TITLES[(i + e) % TITLES.length],
                        statuses[(i + e) % statuses.length].name(), "Worum es geht: " + TITLES[(i + e) % TITLES.length],
                        "Vorgeschichte " + i, (i * ENGAGEMENTS_PER_CLIENT + e) % 30 == 0 ? now : null,
                        now.minusDays(random.nextInt(600)), now.minusMinutes(random.nextInt(500_000))});
                }
            }
            jdbc.batchUpdate("insert into engagement (workspace_id, client_id, title, status, description, history,"
                    + " archived_at, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", engagements);
        });
        List<Long> engagementIds = jdbc.queryForList("select id from engagement where workspace_id = ? order by id",
                Long.class, ws);
        events.publishEvent(new LoadEngagementsCreated(ws, load.userIds(), engagementIds));
    }
}
