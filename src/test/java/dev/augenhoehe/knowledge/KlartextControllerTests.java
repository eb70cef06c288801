package dev.augenhoehe.knowledge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.WebSliceTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(KlartextController.class)
@Import({LiveCheck.class, KlartextPanel.class, KlartextControllerTests.Config.class})
class KlartextControllerTests {

    @TestConfiguration
    static class Config {
        @Bean
        KnowledgeProperties knowledgeProperties() {
            return KnowledgeProperties.defaults();
        }

        @Bean
        dev.augenhoehe.language.Klartext klartext() {
            return dev.augenhoehe.language.Klartext.standard();
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    WorkspaceGlossary glossary;

    @MockitoBean
    KlartextDismissals dismissals;

    @BeforeEach
    void noWorkspaceTerms() {
        when(glossary.workspaceTerms(anyLong())).thenReturn(List.of());
    }

    @Test
    void showsThePageWithAnEmptyPanel() throws Exception {
        mvc.perform(get("/klartext").with(user(TestAccounts.consultant(1, 2))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<textarea id=\"f-text\" name=\"text\"")))
                .andExpect(content().string(containsString("data-klartext=\"kt-main\"")))
                .andExpect(content().string(containsString("Start typing.")))
                .andExpect(content().string(containsString("/js/klartext-")));
    }

    @Test
    void htmxGetsTheFragmentWithMarksInPlaceAndTheFindings() throws Exception {
        mvc.perform(post("/klartext/check").with(user(TestAccounts.consultant(1, 2))).with(csrf())
                        .header("HX-Request", "true")
                        .param("text", "Geht nicht.").param("lang", "de").param("scope", "reply").param("panel", "kt-x"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("<mark class=\"kt-mark kt-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"kt-x-f-0\"")))
                .andExpect(content().string(containsString("id=\"kt-x-f-0\"")))
                .andExpect(content().string(containsString("Bare answer")))
                .andExpect(content().string(containsString("One thing to improve.")))
                .andExpect(content().string(containsString("Reading time")));
    }

    @Test
    void jsonCarriesTheSameContentWithTheCliFieldNames() throws Exception {
        mvc.perform(post("/klartext/check").with(user(TestAccounts.consultant(1, 2))).with(csrf())
                        .accept(MediaType.APPLICATION_JSON)
                        .param("text", "Geht nicht.").param("lang", "auto"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lang").value("de"))
                .andExpect(jsonPath("$.findings[0].category").value("answer.bare"))
                .andExpect(jsonPath("$.findings[0].severity").value("error"))
                .andExpect(jsonPath("$.findings[0].start").value(0))
                .andExpect(jsonPath("$.findings[0].message").isNotEmpty())
                .andExpect(jsonPath("$.scores.readingTimeSeconds").isNumber())
                .andExpect(jsonPath("$.counts['answer.bare']").value(1))
                .andExpect(jsonPath("$.counts['jargon.unexplained']").value(0));
    }

    @Test
    void withoutJavaScriptTheFormPostShowsTheWholePage() throws Exception {
        mvc.perform(post("/klartext/check").with(user(TestAccounts.consultant(1, 2))).with(csrf())
                        .param("text", "Obviously this is trivial, trust me.").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Talking down")))
                .andExpect(content().string(containsString("Obviously this is trivial, trust me.</textarea>")));
    }

    @Test
    void textIsEscapedNeverRendered() throws Exception {
        mvc.perform(post("/klartext/check").with(user(TestAccounts.consultant(1, 2))).with(csrf())
                        .header("HX-Request", "true")
                        .param("text", "<script>alert(1)</script> Geht nicht.").param("panel", "\"><script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>"))))
                .andExpect(content().string(containsString("&lt;script&gt;")))
                .andExpect(content().string(not(containsString("\"><script>"))));
    }

    @Test
    void badInputGetsAClearMessageNeverA500() throws Exception {
        String huge = "a".repeat(100_001);
        mvc.perform(post("/klartext/check").with(user(TestAccounts.consultant(1, 2))).with(csrf())
                        .header("HX-Request", "true").param("text", huge))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This text has 100,001 characters")));
        mvc.perform(post("/klartext/check").with(user(TestAccounts.consultant(1, 2))).with(csrf())
                        .accept(MediaType.APPLICATION_JSON).param("text", huge))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("Please check it in parts")));
        mvc.perform(post("/klartext/check").with(user(TestAccounts.consultant(1, 2))).with(csrf())
                        .header("HX-Request", "true").param("text", "Hallo").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please choose German, English")));
        mvc.perform(post("/klartext/check").with(user(TestAccounts.consultant(1, 2))).with(csrf())
                        .header("HX-Request", "true").param("text", "Hallo").param("scope", "novel"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A whole reply")));
        mvc.perform(post("/klartext/check").with(user(TestAccounts.consultant(1, 2))).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Start typing.")));
        mvc.perform(post("/klartext/check").with(user(TestAccounts.consultant(1, 2))).with(csrf()).param("text", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please paste or type a text first.")));
    }

    @Test
    void strangersAreSentToSignIn() throws Exception {
        mvc.perform(post("/klartext/check").with(csrf()).param("text", "Geht nicht."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/klartext/check").param("text", "Geht nicht.").with(user(TestAccounts.consultant(1, 2))))
                .andExpect(status().isForbidden());
    }
}
