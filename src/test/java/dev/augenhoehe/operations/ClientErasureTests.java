package dev.augenhoehe.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.knowledge.KnowledgeSearch;
import dev.augenhoehe.language.Language;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15, GDPR Art. 17: the demo's bakery is erased. Afterwards no text column of any table and no search hit
 * carries its name or its contact's, the decisions are still there without them, the other client is untouched,
 * and the audit entry says who erased which client. Runs on H2 and PostgreSQL (subclasses), each in its own
 * context because the data is gone afterwards.
 */
abstract class ClientErasureTests {

    static final String BAKERY = "Bäckerei Korn GmbH";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    @Autowired
    KnowledgeSearch search;

    @Test
    void noTraceOfTheClientIsLeftButTheDecisionsAre() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                jdbc.queryForObject("select count(*) from decision", Long.class) > 0
                        && jdbc.queryForObject("select count(*) from client_share", Long.class) > 0);
        long client = jdbc.queryForObject("select id from client where name = ?", Long.class, BAKERY);
        long workspace = jdbc.queryForObject("select workspace_id from client where id = ?", Long.class, client);
        long other = jdbc.queryForObject("select id from client where workspace_id = ? and id <> ? fetch first 1 rows only",
                Long.class, workspace, client);
        Map<String, Integer> otherBefore = rowsOf(workspace, other);
        long decisions = jdbc.queryForObject("select count(*) from decision d join engagement e on e.id = d.engagement_id "
                + "where e.client_id = ?", Long.class, client);
        assertThat(decisions).isPositive();
        assertThat(mentions("korn")).isNotEmpty();
        assertThat(search.search(workspace, "Korn", Language.DE, 50)).isNotEmpty();

        SignedInUser owner = ownerOf(workspace);
        TestUser member = TestAccounts.addConsultant(context, workspace, "Mia Member");
        TestUser stranger = TestAccounts.createWorkspace(context, "Nosy GmbH");
        mvc.perform(get("/clients/" + client + "/erase").with(user(member.principal()))).andExpect(status().isForbidden());
        mvc.perform(post("/clients/" + client + "/erase").param("confirmName", BAKERY).with(csrf())
                .with(user(member.principal()))).andExpect(status().isForbidden());
        mvc.perform(get("/clients/" + client + "/erase").with(user(stranger.principal()))).andExpect(status().isNotFound());
        mvc.perform(post("/clients/" + client + "/erase").param("confirmName", BAKERY).with(csrf())
                .with(user(stranger.principal()))).andExpect(status().isNotFound());

        String page = mvc.perform(get("/clients/" + client + "/erase").with(user(owner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("What is deleted", "<code>Korn</code>", "<code>Petra</code>").doesNotContain("??");

        String wrong = mvc.perform(post("/clients/" + client + "/erase").param("confirmName", "Bäckerei Kron")
                .with(csrf()).with(user(owner))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("The name does not match");
        assertThat(jdbc.queryForObject("select name from client where id = ?", String.class, client)).isEqualTo(BAKERY);

        mvc.perform(post("/clients/" + client + "/erase").param("confirmName", "  bäckerei korn  gmbh ")
                .with(csrf()).with(user(owner))).andExpect(redirectedUrl("/settings/erasures"));

        assertThat(mentions("korn")).isEmpty();
        assertThat(mentions("petra")).isEmpty();
        assertThat(search.search(workspace, "Korn", Language.DE, 50)).isEmpty();
        assertThat(search.search(workspace, "Petra", Language.DE, 50)).isEmpty();

        assertThat(jdbc.queryForObject("select count(*) from decision d join engagement e on e.id = d.engagement_id "
                + "where e.client_id = ?", Long.class, client)).isEqualTo(decisions);
        assertThat(jdbc.queryForObject("select count(*) from conversation c join engagement e on e.id = c.engagement_id "
                + "where e.client_id = ?", Long.class, client)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from client_share s join engagement e on e.id = s.engagement_id "
                + "where e.client_id = ?", Long.class, client)).isZero();
        assertThat(jdbc.queryForObject("select contact_person from client where id = ?", String.class, client)).isNull();
        assertThat(rowsOf(workspace, other)).isEqualTo(otherBefore);

        long decision = jdbc.queryForObject("select d.id from decision d join engagement e on e.id = d.engagement_id "
                + "where e.client_id = ? order by d.id fetch first 1 rows only", Long.class, client);
        String decisionPage = mvc.perform(get("/decisions/" + decision).with(user(owner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(decisionPage).contains("The client was erased").doesNotContain("Korn");
        mvc.perform(get("/clients/" + client).with(user(owner))).andExpect(status().isOk());
        long engagement = jdbc.queryForObject("select engagement_id from decision where id = ?", Long.class, decision);
        for (String url : List.of("/", "/engagements/" + engagement, "/engagements/" + engagement + "/decisions",
                "/clients?archived=true", "/knowledge?q=Korn")) {
            String shown = mvc.perform(get(url).with(user(owner))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(shown).as(url).doesNotContain("Bäckerei Korn", "Petra Korn");
        }

        String audit = mvc.perform(get("/settings/erasures").with(user(owner))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(audit).contains("Client no. " + client, owner.name()).doesNotContain("Korn");
        assertThat(jdbc.queryForObject("select erased_by from client_erasure where erased_client = ?", Long.class, client))
                .isEqualTo(owner.userId());

        // twice is once: the page says so and nothing changes
        String again = mvc.perform(post("/clients/" + client + "/erase").param("confirmName", "anything")
                .with(csrf()).with(user(owner))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("This client was erased on");
        assertThat(jdbc.queryForObject("select count(*) from client_erasure", Long.class)).isEqualTo(1);

        // the export of the erased client holds only the skeleton, and the backup of the workspace no name
        String export = mvc.perform(get("/clients/" + client + "/export.json").with(user(owner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(export.toLowerCase(Locale.ROOT)).doesNotContain("korn").contains("\"decision_entry\"");
        java.io.ByteArrayOutputStream backup = new java.io.ByteArrayOutputStream();
        new WorkspaceArchive(dataSource, java.time.Clock.systemUTC()).write(workspace, backup);
        assertThat(unzipped(backup.toByteArray()).toLowerCase(Locale.ROOT)).doesNotContain("korn").contains("client_erasure");
    }

    private SignedInUser ownerOf(long workspace) {
        long userId = jdbc.queryForObject("select id from app_user where workspace_id = ? and role = 'OWNER' "
                + "order by id fetch first 1 rows only", Long.class, workspace);
        return TestAccounts.owner(workspace, userId);
    }

    private Map<String, Integer> rowsOf(long workspace, long client) {
        Map<String, Integer> counts = new TreeMap<>();
        new ClientRecords(dataSource).of(workspace, client).forEach(r -> counts.put(r.table(), r.rows().size()));
        return counts;
    }

    /** Every "table.column" of the whole database (instance tables too) whose text contains the word. */
    private List<String> mentions(String word) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String type = rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
                    if (type.contains("char") || type.contains("text") || type.contains("clob")) {
                        columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
                    }
                }
            }
            for (String[] column : columns) {
                Long hits = jdbc.queryForObject("select count(*) from \"" + column[0] + "\" where lower(\"" + column[1]
                        + "\") like ?", Long.class, "%" + word + "%");
                if (hits != null && hits > 0) {
                    found.add(column[0].toLowerCase(Locale.ROOT) + "." + column[1].toLowerCase(Locale.ROOT));
                }
            }
        }
        return found;
    }

    private static String unzipped(byte[] zip) throws Exception {
        StringBuilder all = new StringBuilder();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                all.append(entry.getName()).append('\n')
                        .append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
