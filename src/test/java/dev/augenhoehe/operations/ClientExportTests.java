package dev.augenhoehe.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.operations.ClientRecords.Rows;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 15, GDPR Art. 15/20: everything about one client of the demo, nothing about the other client or workspace. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class ClientExportTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Test
    void theClientsConversationsQuestionsBriefsSharesAndDecisionsAndNoOneElses() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.queryForObject("select count(*) from decision", Long.class) > 0
                        && jdbc.queryForObject("select count(*) from client_share", Long.class) > 0);
        long client = jdbc.queryForObject("select e.client_id from client_share s join engagement e on e.id = s.engagement_id "
                + "fetch first 1 rows only", Long.class);
        long workspace = jdbc.queryForObject("select workspace_id from client where id = ?", Long.class, client);
        Map<String, Integer> rows = new ClientRecords(dataSource).of(workspace, client).stream()
                .collect(Collectors.toMap(Rows::table, r -> r.rows().size()));
        for (String table : List.of("client", "engagement", "conversation", "conversation_topic", "client_question",
                "question_step", "brief", "brief_version", "client_share", "client_share_version", "client_share_brief",
                "decision", "decision_entry")) {
            assertThat(rows.get(table)).as(table).isPositive();
        }
        assertThat(rows).doesNotContainKeys("app_user", "workspace", "guide", "knowledge_search_document");
        assertThat(rows.get("client")).isEqualTo(1);
        long engagements = jdbc.queryForObject("select count(*) from engagement where client_id = ?", Long.class, client);
        assertThat(rows.get("engagement")).isEqualTo((int) engagements);

        TestUser owner = TestAccounts.addConsultant(context, workspace, "Ella Export");
        String page = mvc.perform(get("/clients/" + client + "/export").with(user(owner.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String otherClient = jdbc.queryForObject("select name from client where workspace_id = ? and id <> ? "
                + "fetch first 1 rows only", String.class, workspace, client);
        String title = jdbc.queryForObject("select title from engagement where client_id = ? fetch first 1 rows only",
                String.class, client);
        assertThat(page).doesNotContain(otherClient).doesNotContain("??operations").contains("<dd>" + title + "</dd>");
        String json = mvc.perform(get("/clients/" + client + "/export.json").with(user(owner.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"client_share_version\"").doesNotContain(otherClient);

        TestUser stranger = TestAccounts.createWorkspace(context, "Nosy GmbH");
        mvc.perform(get("/clients/" + client + "/export").with(user(stranger.principal()))).andExpect(status().isNotFound());
        mvc.perform(get("/clients/" + client + "/export.json").with(user(stranger.principal())))
                .andExpect(status().isNotFound());
    }

    /** A new table that refers to a client's records must also get a readable name on the page. */
    @Test
    void everyTableOfAClientHasANameInBothLanguages() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            for (var table : ClientRecords.scope(ArchiveTables.discover(connection)).keySet()) {
                for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                    assertThat(messages.getMessage("operations.export.table." + table.name(), null, null, locale))
                            .as(table.name() + " " + locale).isNotBlank();
                }
            }
        }
    }
}
