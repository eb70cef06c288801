package dev.augenhoehe.knowledge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.WebSliceTest;
import dev.augenhoehe.language.GlossaryTerm;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.system.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The knowledge pages in the page shell: each as a full page and as its htmx fragment. */
@WebSliceTest({KnowledgeController.class, GlossaryController.class, TemplateController.class})
class KnowledgePagesSliceTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    KnowledgeSearch search;

    @MockitoBean
    WorkspaceGlossary glossary;

    @MockitoBean
    DecisionTemplates templates;

    @MockitoBean
    WorkspaceTemplates workspaceTemplates;

    static final GlossaryTerm STAGING = new GlossaryTerm("staging", "staging", "Testumgebung", List.of(), false,
            "A copy of the site for trying changes.", "Eine Kopie der Seite zum Ausprobieren.");

    @Test
    void searchPageAndResults() throws Exception {
        when(search.search(eq(1L), eq("Datenbankmigration"), any(), anyInt())).thenReturn(List.of(new SearchHit(
                SearchKind.BRIEF, "7", false, List.of(new SearchHit.Part("Migration", true),
                        new SearchHit.Part(" der Datenbank", false)), List.of(new SearchHit.Part("Text", false)),
                "/briefs/7", 1f)));
        mvc.perform(get("/knowledge").with(user(TestAccounts.consultant(1, 2))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Search templates, glossary, briefs, notes, questions and clients")));
        mvc.perform(get("/knowledge").param("q", "Datenbankmigration").header("HX-Request", "true")
                        .with(user(TestAccounts.consultant(1, 2))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("<mark>Migration</mark> der Datenbank")))
                .andExpect(content().string(containsString("Past brief")))
                .andExpect(content().string(containsString("href=\"/briefs/7\"")));
    }

    @Test
    void glossaryPageAndFragment() throws Exception {
        when(glossary.entries(anyLong(), anyString(), any())).thenReturn(List.of(
                new GlossaryEntry(STAGING, null, GlossaryEntry.Origin.SHIPPED)));
        mvc.perform(get("/knowledge/glossary").with(user(TestAccounts.consultant(1, 2))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("A copy of the site for trying changes.")))
                .andExpect(content().string(containsString("/knowledge/glossary/new?from=staging")));
        mvc.perform(get("/knowledge/glossary").param("q", "stag").header("HX-Request", "true")
                        .with(user(TestAccounts.consultant(1, 2))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("1 term")));
    }

    @Test
    void glossaryFormsAndForeignIds() throws Exception {
        when(glossary.shippedTerm("staging")).thenReturn(Optional.of(STAGING));
        mvc.perform(get("/knowledge/glossary/new").param("from", "staging").with(user(TestAccounts.consultant(1, 2))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your version replaces the built-in one")))
                .andExpect(content().string(containsString("value=\"Testumgebung\"")));
        when(glossary.row(1L, 99L)).thenThrow(new NotFoundException());
        mvc.perform(get("/knowledge/glossary/99/edit").with(user(TestAccounts.consultant(1, 2))))
                .andExpect(status().isNotFound());
    }

    @Test
    void templateListAndDetail() throws Exception {
        TemplateContent content = new TemplateContent("Cloud or our own server?", "Where should it run?", "Context.",
                List.of(new DecisionOption("Cloud", "Rent it.", "- No hardware", "- Monthly cost", "Running costs.",
                        "3 days", "EUR 50", "1 week", Risk.LOW, "Data centres are safe.")), 0, "", "It is safer.",
                "We would revisit this if …", "Cloud means renting.", List.of("staging"));
        DecisionTemplate template = new DecisionTemplate("cloud-vs-own-server", DecisionTemplate.Source.SHIPPED,
                Language.EN, List.of("infrastructure"), content);
        when(templates.list(anyLong(), any(), anyString())).thenReturn(List.of(template));
        when(templates.find(1L, "cloud-vs-own-server", Language.EN)).thenReturn(Optional.of(template));
        when(glossary.terms(1L, List.of("staging"))).thenReturn(List.of(STAGING));
        mvc.perform(get("/knowledge/templates").with(user(TestAccounts.consultant(1, 2))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Cloud or our own server?")));
        mvc.perform(get("/knowledge/templates").header("HX-Request", "true").with(user(TestAccounts.consultant(1, 2))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("1 template")));
        mvc.perform(get("/knowledge/templates/cloud-vs-own-server").with(user(TestAccounts.consultant(1, 2))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<li>No hardware</li>")))
                .andExpect(content().string(containsString("Recommended")))
                .andExpect(content().string(containsString("A copy of the site for trying changes.")));
        mvc.perform(get("/knowledge/templates/Bad..Key").with(user(TestAccounts.consultant(1, 2))))
                .andExpect(status().isNotFound());
    }
}
