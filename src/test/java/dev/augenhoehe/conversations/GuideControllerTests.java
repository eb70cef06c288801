package dev.augenhoehe.conversations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.WebSliceTest;
import dev.augenhoehe.language.Language;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(GuideController.class)
class GuideControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    GuideService guide;

    @BeforeEach
    void data() {
        when(guide.view(7L, Language.EN)).thenReturn(new GuideView(3, List.of(
                new GuideView.Topic(1, "budget", "Budget", "Budget: not discussed yet", false, false,
                        List.of(new GuideView.Question(2, "What range did you have in mind?", false))))));
    }

    @Test
    void guideIsAFullPageAndItsTopicsAFragment() throws Exception {
        mvc.perform(get("/guide").with(user(TestAccounts.owner(7, 70))))
                .andExpect(status().isOk())
                .andExpect(view().name(GuideController.VIEW))
                .andExpect(content().string(containsString("What range did you have in mind?")))
                .andExpect(content().string(containsString("Rename topic")));
        mvc.perform(get("/guide").header("HX-Request", "true").with(user(TestAccounts.owner(7, 70))))
                .andExpect(status().isOk())
                .andExpect(view().name(GuideController.TOPICS))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void consultantsReadTheGuideButOnlyTheOwnerChangesIt() throws Exception {
        mvc.perform(get("/guide").with(user(TestAccounts.consultant(7, 71))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Rename topic"))));
        mvc.perform(post("/guide/topics/1/hidden").with(user(TestAccounts.consultant(7, 71))).with(csrf()))
                .andExpect(status().isForbidden());
        verify(guide, never()).setTopicHidden(anyLong(), anyLong(), org.mockito.ArgumentMatchers.anyBoolean());
    }

    @Test
    void ownerEditsAnswerHtmxWithTheListAndPlainPostsWithARedirect() throws Exception {
        mvc.perform(post("/guide/topics/1/title").param("title", "Money").header("HX-Request", "true")
                        .with(user(TestAccounts.owner(7, 70))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name(GuideController.TOPICS))
                .andExpect(content().string(containsString("Guide saved.")));
        verify(guide).renameTopic(7L, 1L, "Money");
        mvc.perform(post("/guide/topics/1/move").param("direction", "up")
                        .with(user(TestAccounts.owner(7, 70))).with(csrf()))
                .andExpect(redirectedUrl("/guide"));
        verify(guide).moveTopic(7L, 1L, -1);
        mvc.perform(post("/guide/topics/1/title").param("title", "x".repeat(10_000)).header("HX-Request", "true")
                        .with(user(TestAccounts.owner(7, 70))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A topic needs a title of at most 200 characters.")));
        verify(guide, never()).renameTopic(anyLong(), anyLong(), org.mockito.ArgumentMatchers.eq("x".repeat(10_000)));
        verify(guide, never()).addQuestion(anyLong(), anyLong(), anyString());
    }

    @Test
    void aRenameBasedOnAnOlderTitleShowsBothAndWritesNothing() throws Exception {
        // the form was opened on "Money"; meanwhile someone else made it "Budget" (the stored title above)
        mvc.perform(post("/guide/topics/1/title").param("title", "Costs").param("seen", "Money")
                        .header("HX-Request", "true").with(user(TestAccounts.owner(7, 70))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name(GuideController.TOPICS))
                .andExpect(content().string(containsString("so yours was not saved")))
                .andExpect(content().string(containsString("<strong>Costs</strong>")))
                .andExpect(content().string(containsString("<strong>Budget</strong>")));
        mvc.perform(post("/guide/questions/2/text").param("text", "Which budget?").param("seen", "Old wording")
                        .header("HX-Request", "true").with(user(TestAccounts.owner(7, 70))).with(csrf()))
                .andExpect(content().string(containsString("<strong>What range did you have in mind?</strong>")));
        verify(guide, never()).renameTopic(anyLong(), anyLong(), anyString());
        verify(guide, never()).rewordQuestion(anyLong(), anyLong(), anyString());
        // started from the stored title: saved
        mvc.perform(post("/guide/topics/1/title").param("title", "Costs").param("seen", "Budget")
                        .header("HX-Request", "true").with(user(TestAccounts.owner(7, 70))).with(csrf()))
                .andExpect(content().string(containsString("Guide saved.")));
        verify(guide).renameTopic(7L, 1L, "Costs");
    }
}
