package dev.augenhoehe.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.TestRows;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Runs on H2 and on PostgreSQL: the subclasses pick the database. */
abstract class ClientRepositoryContract {

    // the search is another module's; these tests are about the tables
    @MockitoBean
    ClientsSearch clientsSearch;

    @Autowired
    ClientRepository clients;

    @Autowired
    EngagementRepository engagements;

    @Autowired
    ClientSearch search;

    @Autowired
    ClientService service;

    @Autowired
    JdbcTemplate jdbc;

    long ws;
    long other;

    @BeforeEach
    void workspaces() {
        ws = workspace("Ann");
        other = workspace("Bob");
    }

    long workspace(String name) {
        return TestRows.workspace(jdbc, name);
    }

    static ClientForm form(String name) {
        return new ClientForm(name, ClientKind.ORGANISATION, "Frau Müller", "info@example.com", "+49 30 1234",
                "Notiz mit Umlauten: äöüß", null);
    }

    static EngagementForm engagement(String title, EngagementStatus status) {
        return new EngagementForm(title, status, "d", "h".repeat(10_000), null);
    }

    @Test
    void storesClientsAndEngagementsAndKeepsWorkspacesApart() {
        Client acme = clients.save(Client.create(ws, form("  Müller Bäckerei  ")));
        Engagement shop = engagements.save(Engagement.create(ws, acme.id(), engagement("Shop", EngagementStatus.LEAD)));

        assertThat(clients.findByIdAndWorkspaceId(acme.id(), ws)).get().satisfies(found -> {
            assertThat(found.name()).isEqualTo("Müller Bäckerei");
            assertThat(found.notes()).isEqualTo("Notiz mit Umlauten: äöüß", null);
            assertThat(found.kind()).isEqualTo(ClientKind.ORGANISATION);
        });
        assertThat(clients.findByIdAndWorkspaceId(acme.id(), other)).isEmpty();
        assertThat(engagements.findByIdAndWorkspaceId(shop.id(), other)).isEmpty();
        assertThat(engagements.findByIdAndWorkspaceId(shop.id(), ws)).get()
                .satisfies(found -> assertThat(found.history()).hasSize(10_000));
        assertThat(engagements.findByWorkspaceIdAndClientId(other, acme.id())).isEmpty();
    }

    @Test
    void referencesCarryTheClientsNameAndWhetherEitherIsArchivedAndOnlyOfTheirWorkspace() {
        Engagements refs = new Engagements(engagements);
        Client acme = clients.save(Client.create(ws, form("Müller Bäckerei")));
        Engagement shop = engagements.save(Engagement.create(ws, acme.id(), engagement("Shop", EngagementStatus.ACTIVE)));
        Engagement old = engagements.save(Engagement.create(ws, acme.id(), engagement("Altes Projekt",
                EngagementStatus.CLOSED)));
        Client gone = clients.save(Client.create(ws, form("Alt GmbH")));
        Engagement ofGone = engagements.save(Engagement.create(ws, gone.id(), engagement("Kasse", EngagementStatus.LEAD)));
        jdbc.update("update engagement set archived_at = current_timestamp where id = ?", old.id());
        jdbc.update("update client set archived_at = current_timestamp where id = ?", gone.id());
        Client foreign = clients.save(Client.create(other, form("Bobs Kunde")));
        Engagement theirs = engagements.save(Engagement.create(other, foreign.id(), engagement("Bobs Projekt",
                EngagementStatus.LEAD)));

        assertThat(refs.findAll(ws, List.of(shop.id(), old.id(), ofGone.id(), theirs.id(), 999_999L)))
                .containsOnlyKeys(shop.id(), old.id(), ofGone.id())
                .containsEntry(shop.id(), new EngagementRef(shop.id(), acme.id(), "Müller Bäckerei", "Shop",
                        EngagementStatus.ACTIVE, false))
                .satisfies(found -> {
                    assertThat(found.get(old.id()).archived()).as("archived engagement").isTrue();
                    assertThat(found.get(ofGone.id()).archived()).as("archived client").isTrue();
                    assertThat(found.get(ofGone.id()).clientName()).isEqualTo("Alt GmbH");
                });
        assertThat(refs.findAll(other, List.of(shop.id(), old.id()))).isEmpty();
        assertThat(refs.findAll(other, List.of(theirs.id()))).containsOnlyKeys(theirs.id());
        assertThat(refs.findAll(ws, List.of())).isEmpty();
        // an engagement whose client belongs to another workspace is never shown with that client's name
        jdbc.update("update engagement set client_id = ? where id = ?", foreign.id(), shop.id());
        assertThat(refs.findAll(ws, List.of(shop.id()))).isEmpty();
    }

    @Test
    void searchFindsByNameCaseInsensitivelyTakesWildcardsLiterallyAndPages() {
        for (int i = 0; i < 25; i++) {
            clients.save(Client.create(ws, form("Kunde " + i)));
        }
        clients.save(Client.create(ws, form("50%_Rabatt GmbH")));
        clients.save(Client.create(other, form("Kunde von Bob")));
        Client archived = clients.save(Client.create(ws, form("Kunde alt")).archived(true));

        Paged<ClientSearch.ClientRow> first = search.clients(ws, "KUNDE", false, 1);
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.items()).hasSize(Paged.SIZE);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(search.clients(ws, "kunde", false, 2).items()).hasSize(5);
        assertThat(search.clients(ws, "%_", false, 1).items()).extracting(ClientSearch.ClientRow::name)
                .containsExactly("50%_Rabatt GmbH");
        assertThat(search.clients(ws, "", true, 1).items()).extracting(ClientSearch.ClientRow::id)
                .containsExactly(archived.id());
        assertThat(search.clients(ws, "Bob", false, 1).items()).isEmpty();
        assertThat(search.clients(ws, "müller", false, 1).total()).isEqualTo(26);
    }

    @Test
    void engagementSearchMatchesTitleOrClientAndFiltersByStatus() {
        Client acme = clients.save(Client.create(ws, form("Acme")));
        Client beta = clients.save(Client.create(ws, form("Beta")));
        engagements.save(Engagement.create(ws, acme.id(), engagement("Shop relaunch", EngagementStatus.ACTIVE)));
        engagements.save(Engagement.create(ws, beta.id(), engagement("ERP", EngagementStatus.LEAD)));
        clients.save(clients.findById(beta.id()).orElseThrow().archived(true));
        Client bobs = clients.save(Client.create(other, form("Acme")));
        engagements.save(Engagement.create(other, bobs.id(), engagement("Bob's shop", EngagementStatus.ACTIVE)));

        var all = EnumSet.allOf(EngagementStatus.class);
        assertThat(search.engagements(ws, "acme", all, false, 1).items())
                .extracting(ClientSearch.EngagementRow::title).containsExactly("Shop relaunch");
        assertThat(search.engagements(ws, "", EnumSet.of(EngagementStatus.LEAD), false, 1).items()).isEmpty();
        // an archived client's engagements show under "archived"
        assertThat(search.engagements(ws, "", all, true, 1).items())
                .extracting(ClientSearch.EngagementRow::title).containsExactly("ERP");
        assertThat(search.engagements(ws, "shop", all, false, 1).items()).hasSize(1);
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedAndWritesNothing() {
        Client acme = service.create(ws, form("Acme"));
        Engagement shop = service.createEngagement(ws, acme.id(), engagement("Shop", EngagementStatus.LEAD));
        ClientForm tabA = acme.toForm();
        ClientForm tabB = acme.toForm();

        assertThat(service.update(ws, acme.id(), new ClientForm("Acme A", tabA.kind(), null, null, null, "A",
                tabA.version()))).isInstanceOf(Edit.Saved.class);
        assertThat(service.update(ws, acme.id(), new ClientForm("Acme B", tabB.kind(), null, null, null, "B",
                tabB.version()))).isInstanceOfSatisfying(Edit.Stale.class,
                        stale -> assertThat(((Client) stale.current()).name()).isEqualTo("Acme A"));
        assertThat(service.client(ws, acme.id()).notes()).isEqualTo("A");

        EngagementForm stale = shop.toForm();
        assertThat(service.updateEngagement(ws, shop.id(), shop.toForm())).isInstanceOf(Edit.Saved.class);
        assertThat(service.updateEngagement(ws, shop.id(), stale)).isInstanceOf(Edit.Stale.class);
        assertThat(service.updateEngagement(ws, shop.id(), stale.withVersion(null))).isInstanceOf(Edit.Stale.class);
    }
}
