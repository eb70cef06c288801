package dev.augenhoehe.briefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.augenhoehe.TestRows;
import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A consultant dismisses "obviously" in a brief for one client: the editor, its live check and the review before
 * publishing no longer flag it for that client, but still do in a brief for another client. The dismissal is in the
 * client's data export and in the workspace's backup.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KlartextDismissalFlowTests {

    // a tone finding: a glossary term would count as explained by the brief's know-how box, which collects them
    static final String TEXT = "Obviously this is trivial, trust me.";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    TestUser owner;
    TestUser consultant;
    long kornClient;
    long kornBrief;
    long oelzClient;
    long oelzBrief;

    @BeforeEach
    void twoClientsWithTheSameJargon() {
        owner = TestAccounts.setUpInstance(context, "Dismissals GmbH");
        consultant = TestAccounts.addConsultant(context, owner.workspaceId(), "Carla Consultant");
        long korn = TestRows.engagement(jdbc, owner.workspaceId(), "Bäckerei Korn", "Shop");
        long oelz = TestRows.engagement(jdbc, owner.workspaceId(), "Bäckerei Ölz", "Shop");
        kornClient = clientOf(korn);
        oelzClient = clientOf(oelz);
        kornBrief = brief(korn);
        oelzBrief = brief(oelz);
    }

    long clientOf(long engagement) {
        return jdbc.queryForObject("select client_id from engagement where id = ?", Long.class, engagement);
    }

    long brief(long engagement) {
        long question = TestRows.question(jdbc, owner.workspaceId(), engagement, "Cloud or own server?", "Anna");
        BriefContent c = TestBriefs.publishableContent();
        BriefContent content = new BriefContent(c.question(), c.language(), TEXT, c.options(), c.recommendation(),
                c.noRecommendationBecause(), c.reasons(), c.revisitIf(), c.knowhow(), c.terms());
        return TestRows.publishedBrief(jdbc, owner.workspaceId(), engagement, question, content, owner.userId());
    }

    Document editor(long brief, UserDetails who) throws Exception {
        return Jsoup.parse(mvc.perform(get("/briefs/" + brief + "/edit").with(user(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    static boolean flags(Document page, String words) {
        return page.select("#kt-f-context mark").stream().anyMatch(m -> m.text().contains(words));
    }

    Document review(long brief) throws Exception {
        return Jsoup.parse(mvc.perform(get("/briefs/" + brief + "/publish").with(user(consultant.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    Document liveCheck(long client) throws Exception {
        return Jsoup.parse(mvc.perform(post("/klartext/check").with(user(consultant.principal())).with(csrf())
                        .header("HX-Request", "true").param("text", TEXT).param("lang", "en")
                        .param("panel", "kt-f-context").param("client", String.valueOf(client)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void dismissedForOneClientStillFlaggedForAnother() throws Exception {
        Document before = editor(kornBrief, consultant.principal());
        assertThat(flags(before, "Obviously")).isTrue();
        Element control = before.select("#kt-f-context a.kt-dismiss").stream()
                .filter(a -> a.text().contains("Obviously")).findFirst().orElseThrow();
        assertThat(control.text()).isEqualTo("Dismiss \"Obviously\": not meant that way");
        assertThat(control.attr("data-reason")).isEqualTo("not-meant");
        assertThat(before.selectFirst("#f-context").attr("data-klartext-client")).isEqualTo(String.valueOf(kornClient));

        // what klartext.js sends: the control's data and the field's text, lang and client
        String panel = mvc.perform(post("/klartext/dismissals").with(user(consultant.principal())).with(csrf())
                        .header("HX-Request", "true").param("client", String.valueOf(kornClient))
                        .param("rule", control.attr("data-rule")).param("subject", control.attr("data-subject"))
                        .param("reason", control.attr("data-reason")).param("shown", control.attr("data-shown"))
                        .param("text", TEXT).param("lang", "en").param("panel", "kt-f-context"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(panel).select("mark").text()).doesNotContain("Obviously").contains("trust me");
        assertThat(panel).contains("Undo");

        assertThat(flags(editor(kornBrief, consultant.principal()), "Obviously")).isFalse();
        assertThat(flags(editor(kornBrief, consultant.principal()), "trust me")).isTrue();
        assertThat(liveCheck(kornClient).select("mark").text()).doesNotContain("Obviously");
        assertThat(flags(editor(oelzBrief, consultant.principal()), "Obviously")).isTrue();
        assertThat(liveCheck(oelzClient).select("mark").text()).contains("Obviously");
        // the review before publishing lists Klartext's errors: without the dismissed one, for this client only
        assertThat(review(kornBrief).select(".klartext-errors li strong").eachText()).doesNotContain("Obviously")
                .contains("trust me");
        assertThat(review(oelzBrief).select(".klartext-errors li strong").eachText()).contains("Obviously");
        assertThat(jdbc.queryForObject("select count(*) from knowledge_dismissal where workspace_id = ?", Long.class,
                owner.workspaceId())).isEqualTo(1);

        // the owner's page counts it; the settings page links there for the owner only
        String settings = mvc.perform(get("/settings").with(user(owner.principal())))
                .andReturn().getResponse().getContentAsString();
        assertThat(settings).contains("href=\"/settings/klartext\"");
        assertThat(mvc.perform(get("/settings").with(user(consultant.principal())))
                .andReturn().getResponse().getContentAsString()).doesNotContain("href=\"/settings/klartext\"");
        assertThat(mvc.perform(get("/settings/klartext").with(user(owner.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Dismissed once, for one client.").contains("Bäckerei Korn").contains("Carla Consultant");
        mvc.perform(get("/settings/klartext").with(user(consultant.principal()))).andExpect(status().isForbidden());

        // the client's data export holds it, the other client's does not
        assertThat(mvc.perform(get("/clients/" + kornClient + "/export.json").with(user(owner.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("knowledge_dismissal").contains("tone.obviously");
        assertThat(mvc.perform(get("/clients/" + oelzClient + "/export.json").with(user(owner.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .doesNotContain("tone.obviously");

        // and so does the backup
        byte[] archive = mvc.perform(get("/settings/backup/archive").with(user(owner.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(entry(archive, "tables/knowledge_dismissal.jsonl")).contains("tone.obviously")
                .contains("\"client_id\":" + kornClient);
    }

    @Test
    void aForeignClientOrBriefIsNotFound() throws Exception {
        TestUser stranger = TestAccounts.createWorkspace(context, "Nosy GmbH");
        mvc.perform(post("/klartext/check").with(user(stranger.principal())).with(csrf()).header("HX-Request", "true")
                .param("text", TEXT).param("client", String.valueOf(kornClient))).andExpect(status().isNotFound());
        mvc.perform(post("/klartext/dismissals").with(user(stranger.principal())).with(csrf())
                        .header("HX-Request", "true").param("client", String.valueOf(kornClient))
                        .param("rule", "jargon.term").param("subject", "kubernetes").param("reason", "knows-term"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from knowledge_dismissal where client_id = ?", Long.class,
                kornClient)).isZero();
    }

    static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }
}
