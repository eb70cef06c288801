package dev.augenhoehe.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.augenhoehe.TestRows;
import dev.augenhoehe.language.Dismissal;
import dev.augenhoehe.system.NotFoundException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Dismissed findings on H2 and on PostgreSQL: the subclasses pick the database. */
abstract class DismissalRepositoryContract {

    @Autowired
    DismissalRepository rows;

    @Autowired
    JdbcTemplate jdbc;

    long workspace(String name) {
        return TestRows.workspace(jdbc, name);
    }

    long client(long workspaceId, String name) {
        long engagement = TestRows.engagement(jdbc, workspaceId, name, "Shop");
        return jdbc.queryForObject("select client_id from engagement where id = ?", Long.class, engagement);
    }

    long user(long workspaceId) {
        return TestRows.insert(jdbc, "app_user", Map.of("workspace_id", workspaceId, "name", "Anna",
                "email", UUID.randomUUID() + "@example.com", "password_hash", "{noop}x", "role", "CONSULTANT",
                "language", "EN", "active", true, "created_at", Timestamp.from(Instant.now()), "version", 0));
    }

    /** The service on this database, with the clients table read directly (clients implements this in the app). */
    KlartextDismissals service() {
        DismissalClients clients = new DismissalClients() {
            @Override
            public Optional<String> name(long workspaceId, long clientId) {
                return jdbc.queryForList("select name from client where id = ? and workspace_id = ?", String.class,
                        clientId, workspaceId).stream().findFirst();
            }

            @Override
            public Map<Long, String> names(long workspaceId, Collection<Long> clientIds) {
                return clientIds.stream().flatMap(id -> name(workspaceId, id).map(n -> Map.entry(id, n)).stream())
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            }
        };
        return new KlartextDismissals(rows, clients, null, KnowledgeProperties.defaults());
    }

    @Test
    void dismissalsBelongToOneWorkspace() {
        long acme = workspace("Acme");
        long other = workspace("Other");
        long korn = client(acme, "Bäckerei Korn");
        long anna = user(acme);
        DismissalRow saved = rows.save(DismissalRow.create(acme, korn, "jargon.term", "Kubernetes",
                DismissalReason.KNOWS_TERM, anna));
        rows.save(DismissalRow.create(other, null, "tone.obviously", "obviously", DismissalReason.NOT_MEANT,
                user(other)));

        assertThat(rows.findByWorkspaceIdOrderByCreatedAtDesc(acme)).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("kubernetes");
            assertThat(r.reason()).isEqualTo(DismissalReason.KNOWS_TERM);
            assertThat(r.createdBy()).isEqualTo(anna);
            assertThat(r.clientId()).isEqualTo(korn);
        });
        assertThat(rows.findByIdAndWorkspaceId(saved.id(), other)).isEmpty();
        assertThat(rows.findForClient(acme, korn, "jargon.term", "kubernetes")).isPresent();
        assertThat(rows.findForClient(other, korn, "jargon.term", "kubernetes")).isEmpty();
        assertThat(rows.findForWorkspace(other, "tone.obviously", "obviously")).isPresent();
        assertThat(rows.findForWorkspace(acme, "tone.obviously", "obviously")).isEmpty();
    }

    @Test
    void aFindingIsDismissedOncePerClientAndOnceForTheWholeWorkspace() {
        long acme = workspace("Acme");
        long korn = client(acme, "Bäckerei Korn");
        long anna = user(acme);
        rows.save(DismissalRow.create(acme, korn, "jargon.term", "api", DismissalReason.KNOWS_TERM, anna));
        assertThatThrownBy(() -> rows.save(DismissalRow.create(acme, korn, "jargon.term", "api",
                DismissalReason.KNOWS_TERM, anna))).isInstanceOf(DataIntegrityViolationException.class);
        rows.save(DismissalRow.create(acme, null, "jargon.term", "api", DismissalReason.NOT_MEANT, anna));
        // null is no way around the key: "the whole workspace" exists once too
        assertThatThrownBy(() -> rows.save(DismissalRow.create(acme, null, "jargon.term", "api",
                DismissalReason.NOT_MEANT, anna))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aDismissalNeedsAClientOfItsWorkspaceAndAPerson() {
        long acme = workspace("Acme");
        long anna = user(acme);
        assertThatThrownBy(() -> rows.save(DismissalRow.create(acme, 999_999L, "jargon.term", "api",
                DismissalReason.KNOWS_TERM, anna))).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> rows.save(DismissalRow.create(acme, null, "jargon.term", "api",
                DismissalReason.KNOWS_TERM, 999_999L))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void theServiceAppliesWorkspaceAndClientDismissalsAndForgetsOnChange() {
        long acme = workspace("Acme " + UUID.randomUUID());
        long other = workspace("Other " + UUID.randomUUID());
        long korn = client(acme, "Bäckerei Korn");
        long oelz = client(acme, "Bäckerei Ölz");
        long foreign = client(other, "Someone else");
        long anna = user(acme);
        KlartextDismissals service = service();

        DismissalRow api = service.dismiss(acme, korn, "jargon.term", "api", DismissalReason.KNOWS_TERM, anna);
        // twice is once: the same row comes back
        assertThat(service.dismiss(acme, korn, "jargon.term", "API", DismissalReason.KNOWS_TERM, anna).id())
                .isEqualTo(api.id());
        DismissalRow just = service.dismiss(acme, korn, "tone.just", "just", DismissalReason.NOT_MEANT, anna);
        assertThat(service.applying(acme, korn)).containsExactlyInAnyOrder(new Dismissal("jargon.term", "api"),
                new Dismissal("tone.just", "just"));
        assertThat(service.applying(acme, oelz)).isEmpty();
        assertThat(service.applying(acme, null)).isEmpty();
        assertThat(service.applying(other, korn)).isEmpty();

        service.widen(acme, just.id(), anna);
        assertThat(service.applying(acme, oelz)).containsExactly(new Dismissal("tone.just", "just"));
        assertThat(service.applying(acme, null)).containsExactly(new Dismissal("tone.just", "just"));
        // a "knows the term" stays with its client
        assertThat(service.widen(acme, api.id(), anna).clientId()).isEqualTo(korn);

        service.remove(acme, api.id());
        assertThat(service.applying(acme, korn)).containsExactly(new Dismissal("tone.just", "just"));
        assertThat(service.cacheStats().hitCount()).isPositive();

        assertThatThrownBy(() -> service.dismiss(acme, foreign, "jargon.term", "api", DismissalReason.KNOWS_TERM,
                anna)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.remove(other, just.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.dismiss(acme, korn, "jargon.term", "", DismissalReason.KNOWS_TERM, anna))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
