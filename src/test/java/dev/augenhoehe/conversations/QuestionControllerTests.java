package dev.augenhoehe.conversations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
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

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.WebSliceTest;
import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.clients.EngagementStatus;
import dev.augenhoehe.clients.Engagements;
import dev.augenhoehe.conversations.QuestionRuleException.Problem;
import dev.augenhoehe.language.Language;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(QuestionController.class)
class QuestionControllerTests {

    static final SignedInUser OWNER = TestAccounts.owner(7, 70);
    static final EngagementRef ENGAGEMENT = new EngagementRef(4, 3, "Acme", "New shop", EngagementStatus.LEAD, false);
    static final ClientQuestion OPEN = new ClientQuestion(9, 4, 5L, "Can we keep our old till?", "Frau Müller",
            LocalDateTime.of(2025, 3, 4, 10, 45), "Budget", QuestionSource.CONSULTANT, java.util.List.of());

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClientQuestions questions;

    @MockitoBean
    ConversationService conversations;

    @MockitoBean
    Engagements engagements;

    @BeforeEach
    void data() {
        when(engagements.find(7L, 4L)).thenReturn(Optional.of(ENGAGEMENT));
        when(questions.find(7L, 9L)).thenReturn(Optional.of(OPEN));
        when(conversations.conversation(7L, 5L)).thenReturn(new Conversation(5L, 7L, 4L, ConversationKind.FIRST,
                LocalDateTime.now(), null, Language.EN, 1, 70L, Instant.now(), 0));
        when(conversations.topics(7L, 5L)).thenReturn(List.of());
        when(questions.ofConversation(7L, 5L)).thenReturn(List.of(OPEN));
        when(questions.editForm(7L, 9L)).thenReturn(new QuestionEditForm(OPEN.text(), OPEN.askedBy(), 3));
    }

    @Test
    void questionPageIsAFullPageAndItsStatusAFragment() throws Exception {
        mvc.perform(get("/questions/9").with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(view().name(QuestionController.DETAIL))
                .andExpect(content().string(containsString("Can we keep our old till?")))
                .andExpect(content().string(containsString("Asked by Frau Müller")));
        mvc.perform(get("/questions/9").header("HX-Request", "true").with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(view().name(QuestionController.DETAIL_STATUS))
                .andExpect(content().string(containsString("Nobody has answered this yet.")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void capturingInTheMeetingViewAnswersWithTheQuestionList() throws Exception {
        mvc.perform(post("/conversations/5/questions").param("text", "Can we keep our old till?")
                        .param("askedBy", "Frau Müller").param("topicId", "11")
                        .header("HX-Request", "true").with(user(OWNER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name(QuestionController.LIVE_QUESTIONS))
                .andExpect(content().string(containsString("Question captured.")))
                // the form is empty for the next question: a kept "who asked" ran into the next name
                .andExpect(content().string(not(containsString("value=\"Frau Müller\""))))
                .andExpect(content().string(not(containsString("<html"))));
        verify(questions).capture(7L, 4L, 5L, 11L, "Can we keep our old till?", "Frau Müller");

        mvc.perform(post("/conversations/5/questions").param("text", "").param("topicId", "eleven")
                        .header("HX-Request", "true").with(user(OWNER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Some fields need your attention.")));
    }

    @Test
    void aCorrectionIsSavedAndAStaleOneShowsTheOtherTextWithYoursKept() throws Exception {
        QuestionEditForm sent = new QuestionEditForm("Can we keep our old till system?", "Jens Hahn (IT)", 3);
        when(questions.edit(7L, 9L, sent, 70L)).thenReturn(new ClientQuestions.Edit.Saved(true));
        mvc.perform(post("/questions/9/edit").param("text", sent.text()).param("askedBy", sent.askedBy())
                        .param("version", "3").with(user(OWNER)).with(csrf()))
                .andExpect(redirectedUrl("/questions/9"));

        QuestionEditForm stale = new QuestionEditForm("Mine", "", 2);
        when(questions.edit(7L, 9L, stale, 70L)).thenReturn(new ClientQuestions.Edit.Conflict(
                new QuestionEditForm("Theirs, corrected", "Frau Müller", 4)));
        mvc.perform(post("/questions/9/edit").param("text", "Mine").param("askedBy", "").param("version", "2")
                        .with(user(OWNER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Theirs, corrected")))
                .andExpect(content().string(containsString(">Mine</textarea>")))
                .andExpect(content().string(containsString("value=\"4\"")));

        mvc.perform(post("/questions/9/edit").param("text", " ").param("version", "3")
                        .with(user(OWNER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Some fields need your attention.")));
    }

    @Test
    void anAnswerWithoutReasonsIsRefusedInPlainWords() throws Exception {
        when(questions.answer(eq(7L), eq(9L), any(), eq(70L))).thenThrow(new QuestionRuleException(Problem.MISSING_REASONS));
        mvc.perform(post("/questions/9/answer").param("answer", "No.").param("reasons", "")
                        .with(user(OWNER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An answer without reasons leaves the client guessing.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void aGoodAnswerRedirectsBackToTheQuestion() throws Exception {
        mvc.perform(post("/questions/9/answer").param("answer", "Yes.")
                        .param("reasons", "It exports a file the new system reads.")
                        .with(user(OWNER)).with(csrf()))
                .andExpect(redirectedUrl("/questions/9"));
        verify(questions).answer(7L, 9L, new Answer("Yes.", "It exports a file the new system reads."), 70L);
    }

    @Test
    void foreignQuestionsAreNotFound() throws Exception {
        when(questions.find(7L, 99L)).thenReturn(Optional.empty());
        mvc.perform(get("/questions/99").with(user(OWNER))).andExpect(status().isNotFound());
        mvc.perform(post("/questions/99/answer").param("answer", "a").param("reasons", "b c d")
                .with(user(OWNER)).with(csrf())).andExpect(status().isNotFound());
        verify(questions, never()).answer(anyLong(), eq(99L), any(), anyLong());
    }
}
