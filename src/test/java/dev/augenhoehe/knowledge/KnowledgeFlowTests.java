package dev.augenhoehe.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.language.Language;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The knowledge module in the whole application: two workspaces that never see each other's knowledge. */
@SpringBootTest
@AutoConfigureMockMvc
class KnowledgeFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    KnowledgeSearch search;

    @Autowired
    WorkspaceTemplates workspaceTemplates;

    @Autowired
    DecisionTemplates decisionTemplates;

    @Autowired
    JdbcTemplate jdbc;

    TestUser ownerA;
    TestUser consultantA;
    TestUser ownerB;

    @BeforeEach
    void twoWorkspaces() {
        // the first-run setup is the accounts module's business; here the instance is simply set up already
        jdbc.update("insert into instance_setup (id, set_up_at) select 1, current_timestamp "
                + "where not exists (select 1 from instance_setup)");
        ownerA = TestAccounts.createWorkspace(context, "Agentur A");
        consultantA = TestAccounts.addConsultant(context, ownerA.workspaceId(), "Berater A");
        ownerB = TestAccounts.createWorkspace(context, "Agentur B");
    }

    private long addTerm(TestUser who, String en, String de) throws Exception {
        mvc.perform(post("/knowledge/glossary").with(user(who.principal())).with(csrf())
                        .param("termEn", en).param("termDe", de).param("variants", en + "s")
                        .param("explanationEn", "Our own test machine.").param("explanationDe", "Unser eigener Testrechner."))
                .andExpect(redirectedUrl("/knowledge/glossary"));
        return jdbc.queryForObject("select id from knowledge_glossary_term where workspace_id = ? and term_en = ?",
                Long.class, who.workspaceId(), en);
    }

    @Test
    void aStaleGlossaryFormShowsBothTextsAndOverwritesNothing() throws Exception {
        long id = addTerm(consultantA, "Blauwal", "Blauwal");
        int opened = jdbc.queryForObject("select version from knowledge_glossary_term where id = ?", Integer.class, id);
        // two people opened the form on the same version; the first save wins
        mvc.perform(post("/knowledge/glossary/" + id).with(user(consultantA.principal())).with(csrf())
                        .param("termEn", "Blauwal").param("explanationEn", "Their explanation.")
                        .param("version", String.valueOf(opened)))
                .andExpect(redirectedUrl("/knowledge/glossary"));
        mvc.perform(post("/knowledge/glossary/" + id).with(user(ownerA.principal())).with(csrf())
                        .param("termEn", "Blauwal").param("explanationEn", "My explanation.")
                        .param("version", String.valueOf(opened)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Their explanation.")))
                .andExpect(content().string(containsString("My explanation.")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + (opened + 1) + "\"")));
        assertThat(jdbc.queryForObject("select explanation_en from knowledge_glossary_term where id = ?",
                String.class, id)).isEqualTo("Their explanation.");
        // saving again, now knowing both, keeps mine
        mvc.perform(post("/knowledge/glossary/" + id).with(user(ownerA.principal())).with(csrf())
                        .param("termEn", "Blauwal").param("explanationEn", "My explanation.")
                        .param("version", String.valueOf(opened + 1)))
                .andExpect(redirectedUrl("/knowledge/glossary"));
    }

    @Test
    void workspaceTermsReachTheLiveCheckOfThatWorkspaceOnly() throws Exception {
        long id = addTerm(consultantA, "Quokkaserver", "Quokkaserver");
        mvc.perform(get("/knowledge/glossary").param("q", "quokka").with(user(consultantA.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quokkaserver")))
                .andExpect(content().string(containsString("Your team")));
        mvc.perform(get("/knowledge/glossary").param("q", "quokka").header("HX-Request", "true")
                        .with(user(ownerB.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("Quokkaserver"))));

        String text = "We put it on the Quokkaserver first.";
        mvc.perform(post("/klartext/check").with(user(consultantA.principal())).with(csrf())
                        .accept(MediaType.APPLICATION_JSON).param("text", text).param("lang", "en"))
                .andExpect(jsonPath("$.counts['jargon.unexplained']").value(1));
        mvc.perform(post("/klartext/check").with(user(ownerB.principal())).with(csrf())
                        .accept(MediaType.APPLICATION_JSON).param("text", text).param("lang", "en"))
                .andExpect(jsonPath("$.counts['jargon.unexplained']").value(0));

        mvc.perform(get("/knowledge").param("q", "Quokkaserver").with(user(consultantA.principal())))
                .andExpect(content().string(containsString("<mark>Quokkaserver</mark>")));
        mvc.perform(get("/knowledge").param("q", "Quokkaserver").with(user(ownerB.principal())))
                .andExpect(content().string(not(containsString("<mark>Quokkaserver</mark>"))));

        // foreign ids are simply not there
        mvc.perform(get("/knowledge/glossary/" + id + "/edit").with(user(ownerB.principal())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/knowledge/glossary/" + id).with(user(ownerB.principal())).with(csrf())
                        .param("termEn", "Hijack").param("explanationEn", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/knowledge/glossary/" + id + "/delete").with(user(ownerB.principal())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/knowledge/glossary/abc/edit").with(user(ownerB.principal())))
                .andExpect(status().isNotFound());

        // consultants edit, only the owner deletes
        mvc.perform(get("/knowledge/glossary/" + id + "/edit").with(user(consultantA.principal())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Quokkaserver")));
        mvc.perform(post("/knowledge/glossary/" + id + "/delete").with(user(consultantA.principal())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/knowledge/glossary/" + id + "/delete").with(user(ownerA.principal())).with(csrf()))
                .andExpect(redirectedUrl("/knowledge/glossary"));
        mvc.perform(get("/knowledge").param("q", "Quokkaserver").with(user(consultantA.principal())))
                .andExpect(content().string(not(containsString("<mark>Quokkaserver</mark>"))));
    }

    @Test
    void badGlossaryInputGetsClearMessagesNeverA500() throws Exception {
        mvc.perform(post("/knowledge/glossary").with(user(consultantA.principal())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please enter the term in English, in German or both.")))
                .andExpect(content().string(containsString("Please explain the term in at least one language.")));
        mvc.perform(post("/knowledge/glossary").with(user(consultantA.principal())).with(csrf())
                        .param("termEn", "<script>alert(1)</script>").param("explanationEn", "Fine."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("without &lt; or &gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(post("/knowledge/glossary").with(user(consultantA.principal())).with(csrf())
                        .param("termEn", "Long").param("explanationEn", "x".repeat(10_001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at most 500 characters")));
        mvc.perform(post("/knowledge/glossary").with(user(consultantA.principal())).with(csrf())
                        .param("termEn", "Odd").param("explanationEn", "Fine.").param("known", "maybe"))
                .andExpect(status().is3xxRedirection()); // an odd checkbox value simply means "not ticked"
        mvc.perform(post("/knowledge/glossary").with(user(consultantA.principal())).with(csrf())
                        .param("overrides", "no-such-shipped-term").param("termEn", "X").param("explanationEn", "Y"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nothing to adapt")));
        mvc.perform(get("/knowledge/glossary/new").param("from", "no-such-term").with(user(consultantA.principal())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/knowledge").param("q", "x".repeat(201)).with(user(consultantA.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at most 200 characters")));
        mvc.perform(get("/knowledge/glossary").param("page", "abc").with(user(consultantA.principal())))
                .andExpect(status().isOk());
    }

    @Test
    void pastBriefsAreFoundOnlyInTheirWorkspace() throws Exception {
        search.index(ownerA.workspaceId(), SearchKind.BRIEF, new SearchDocument("77", Language.DE, "Wie läuft die Migration der Datenbank?",
                "Wir ziehen die Daten am Wochenende um.", "/briefs/77"));
        mvc.perform(get("/knowledge").param("q", "Datenbankmigration").with(user(consultantA.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/briefs/77")))
                .andExpect(content().string(containsString("<mark>Migration</mark>")));
        mvc.perform(get("/knowledge").param("q", "Datenbankmigration").header("HX-Request", "true")
                        .with(user(ownerB.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("/briefs/77"))));
        search.removeOwn(ownerA.workspaceId(), SearchKind.BRIEF, "77");
        assertThat(search.search(ownerA.workspaceId(), "Datenbankmigration", Language.DE, 20))
                .noneMatch(h -> h.kind() == SearchKind.BRIEF);
    }

    @Test
    void templatesAreBrowsableAndWorkspaceTemplatesStayInTheirWorkspace() throws Exception {
        mvc.perform(get("/knowledge/templates").with(user(consultantA.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cloud or our own server?")));
        mvc.perform(get("/knowledge/templates").param("q", "cloud").header("HX-Request", "true")
                        .with(user(consultantA.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Cloud or our own server?")));
        mvc.perform(get("/knowledge/templates/cloud-vs-own-server").with(user(consultantA.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Recommended")))
                .andExpect(content().string(containsString("Good to know")));
        mvc.perform(get("/knowledge/templates/no-such-template").with(user(consultantA.principal())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/knowledge/templates/ws-abc").with(user(consultantA.principal())))
                .andExpect(status().isNotFound());

        TemplateContent content = decisionTemplates.find(ownerA.workspaceId(), "cloud-vs-own-server", Language.DE)
                .orElseThrow().content();
        String key = workspaceTemplates.save(ownerA.workspaceId(), Language.DE,
                new TemplateContent("Unsere Cloud-Vorlage", content.question(), content.context(), content.options(),
                        content.recommendation(), "", content.reasons(), content.revisitIf(), content.knowhow(),
                        content.terms()));
        assertThat(decisionTemplates.find(ownerA.workspaceId(), key, Language.EN)).get()
                .satisfies(t -> assertThat(t.language()).isEqualTo(Language.DE));
        assertThat(decisionTemplates.find(ownerB.workspaceId(), key, Language.DE)).isEmpty();
        mvc.perform(get("/knowledge/templates/" + key).with(user(consultantA.principal())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Unsere Cloud-Vorlage")));
        mvc.perform(get("/knowledge/templates/" + key).with(user(ownerB.principal())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/knowledge").param("q", "Cloud-Vorlage").with(user(ownerB.principal())))
                .andExpect(content().string(not(containsString("Unsere Cloud-Vorlage"))));
        mvc.perform(get("/knowledge").param("q", "Cloud-Vorlage").with(user(consultantA.principal())))
                .andExpect(content().string(containsString("Cloud-Vorlage")));
        mvc.perform(post("/knowledge/templates/" + key + "/delete").with(user(ownerB.principal())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/knowledge/templates/" + key + "/delete").with(user(consultantA.principal())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/knowledge/templates/" + key + "/delete").with(user(ownerA.principal())).with(csrf()))
                .andExpect(redirectedUrl("/knowledge/templates"));
        assertThat(workspaceTemplates.all(ownerA.workspaceId())).isEmpty();
    }

    @Test
    void aGermanSpeakingConsultantGetsEverythingInGerman() throws Exception {
        mvc.perform(post("/profile").with(user(consultantA.principal())).with(csrf())
                .param("name", "Berater A").param("language", "DE"));
        MvcResult login = mvc.perform(formLogin("/login").user(consultantA.email()).password(consultantA.password()))
                .andReturn();
        Cookie session = login.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/klartext").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ihr Text")))
                .andExpect(content().string(containsString("Wissen")));
        mvc.perform(post("/klartext/check").cookie(session).with(csrf()).header("HX-Request", "true")
                        .param("text", "Obviously this is trivial.").param("lang", "en"))
                .andExpect(content().string(containsString("Von oben herab")));
        mvc.perform(get("/knowledge/templates/cloud-vs-own-server").cookie(session))
                .andExpect(content().string(containsString("Cloud oder eigener Server?")))
                .andExpect(content().string(containsString("Gut zu wissen")));
        mvc.perform(get("/knowledge/glossary").cookie(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Begriff hinzufügen")));
    }

    @Test
    void navigationHasAKnowledgeEntry() throws Exception {
        mvc.perform(get("/").with(user(consultantA.principal())))
                .andExpect(content().string(containsString("href=\"/knowledge\"")));
        assertThat(List.of("/knowledge", "/klartext")).allSatisfy(path -> {
            try {
                mvc.perform(get(path)).andExpect(status().is3xxRedirection());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
