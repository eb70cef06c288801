package dev.augenhoehe.briefs;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.WebSliceTest;
import dev.augenhoehe.clients.Engagements;
import dev.augenhoehe.conversations.ClientQuestion;
import dev.augenhoehe.conversations.QuestionStatus;
import dev.augenhoehe.knowledge.LiveCheck;
import dev.augenhoehe.knowledge.WorkspaceGlossary;
import dev.augenhoehe.language.Klartext;
import dev.augenhoehe.language.CheckOptions;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.system.NotFoundException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The brief pages in the real shell, each as a full page and as an htmx request. */
@WebSliceTest({BriefEditorController.class, BriefPagesController.class, BriefPublishController.class})
@Import({BriefPage.class, BriefCheck.class, OptionParameterFilter.class})
class BriefPagesSliceTests {

    static final SignedInUser OWNER = TestAccounts.owner(1, 10);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BriefService briefs;

    @MockitoBean
    Engagements engagements;

    @MockitoBean
    KnowhowTerms terms;

    @MockitoBean
    WorkspaceGlossary glossary;

    @MockitoBean
    LiveCheck live;

    Brief brief;

    @BeforeEach
    void aBrief() {
        BriefContent content = TestBriefs.publishableContent();
        brief = new Brief(5L, 1L, 2L, 3L, new BriefContent("", Language.EN, "We deploy microservices.",
                content.options(), 0, "", "It is safer and needs less care.", "", "", List.of()), null, null, 0,
                false, 10L, java.time.Instant.now(), 10L, java.time.Instant.now(), 1);
        given(briefs.brief(1, 5)).willReturn(brief);
        given(briefs.brief(eq(1L), eq(6L))).willThrow(new NotFoundException());
        given(briefs.question(1, 3)).willReturn(new ClientQuestion(3, 2, null, "Cloud or server?", "Anna",
                LocalDateTime.now(), null, dev.augenhoehe.conversations.QuestionSource.CONSULTANT, List.of()));
        given(briefs.preview(eq(1L), any())).willAnswer(i -> ((Brief) i.getArgument(1)).content().forReading("Cloud or server?",
                List.of()));
        given(briefs.publishProblems(eq(1L), any())).willAnswer(i -> ((Brief) i.getArgument(1)).publishProblems());
        given(briefs.publishProblems(any(Brief.class), any(), any())).willAnswer(i -> ((Brief) i.getArgument(0)).publishProblems());
        given(live.maxLength()).willReturn(20_000);
        given(live.check(anyLong(), any(), any(), any(), any(), any(), any())).willAnswer(i -> {
            LiveCheck.Context context = i.getArgument(6);
            return dev.augenhoehe.knowledge.CheckResult.of(i.getArgument(1), Klartext.standard().analyze(
                    i.getArgument(1), i.getArgument(2), CheckOptions.defaults().withScope(i.getArgument(3))
                            .withUi((Language) i.getArgument(4)).withQuestion(context.question())
                            .withExplainedTerms(context.explainedTerms())));
        });
        given(briefs.question(1, 3)).willReturn(new ClientQuestion(3, 2, null, "Cloud or server?", "Anna",
                LocalDateTime.now(), null, dev.augenhoehe.conversations.QuestionSource.CONSULTANT, List.of()));
    }

    @Test
    void editorFullAndHtmx() throws Exception {
        mvc.perform(get("/briefs/5/edit").with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(view().name(BriefEditorController.EDIT))
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
                .andExpect(content().string(containsString("Edit the brief")))
                .andExpect(content().string(containsString("<mark")))
                .andExpect(content().string(containsString("Cloud or server?")));
        mvc.perform(get("/briefs/5/edit").with(user(OWNER)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name(BriefEditorController.EDIT_FORM))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/briefs/6/edit").with(user(OWNER))).andExpect(status().isNotFound());
        mvc.perform(get("/briefs/5/edit")).andExpect(status().is3xxRedirection());
    }

    @Test
    void everyProseFieldHasTheSharedKlartextPanel() throws Exception {
        mvc.perform(get("/briefs/5/edit").with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-klartext=\"kt-f-context\"")))
                .andExpect(content().string(containsString("id=\"kt-f-options-1-pros\"")))
                .andExpect(content().string(containsString("data-klartext-scope=\"option\"")))
                .andExpect(content().string(containsString("data-kt-errors")))
                .andExpect(content().string(containsString("data-klartext-summary")));
    }

    @Test
    void viewAndReviewFullAndHtmx() throws Exception {
        for (String path : List.of("/briefs/5", "/briefs/5/publish")) {
            mvc.perform(get(path).with(user(OWNER))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("The options at a glance")));
            mvc.perform(get(path).with(user(OWNER)).header("HX-Request", "true")).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<html"))));
        }
    }

    @Test
    void aBriefWithoutReasonsShowsTheRuleOnReview() throws Exception {
        Brief bare = TestBriefs.withContent(brief, TestBriefs.reasons(brief.content(), 0, "", ""));
        given(briefs.brief(1, 5)).willReturn(bare);
        mvc.perform(post("/briefs/5/publish").with(user(OWNER)).with(csrf()).param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your recommendation needs its reasons")));
    }
}
