package dev.augenhoehe.conversations;

import dev.augenhoehe.language.Language;
import dev.augenhoehe.system.Markdown;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
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
import dev.augenhoehe.system.NotFoundException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(ConversationController.class)
@Import({Markdown.class, ShippedGuide.class})
class ConversationControllerTests {

    static final SignedInUser OWNER = TestAccounts.owner(7, 70);
    static final EngagementRef ENGAGEMENT = new EngagementRef(4, 3, "Acme", "New shop", EngagementStatus.LEAD, false);
    static final Conversation CONVERSATION = new Conversation(5L, 7L, 4L, ConversationKind.FIRST,
            LocalDateTime.of(2025, 3, 4, 10, 30), "Frau Müller", Language.EN, 1, 70L, Instant.now(), 0);
    static final ConversationTopic BUDGET = new ConversationTopic(11L, 7L, 5L, 0, "budget", "Budget",
            "What range did you have in mind?", "Budget: not discussed yet", null, Coverage.OPEN, null, 0);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConversationService conversations;

    @MockitoBean
    ClientQuestions questions;

    @MockitoBean
    Engagements engagements;

    @BeforeEach
    void data() {
        when(engagements.find(7L, 4L)).thenReturn(Optional.of(ENGAGEMENT));
        when(conversations.conversation(7L, 5L)).thenReturn(CONVERSATION);
        when(conversations.topics(7L, 5L)).thenReturn(List.of(BUDGET));
        when(conversations.topic(7L, 5L, 11L)).thenReturn(BUDGET);
        when(questions.ofConversation(7L, 5L)).thenReturn(List.of());
    }

    @Test
    void liveViewIsAFullPageWithTheGuideAndShortcuts() throws Exception {
        mvc.perform(get("/conversations/5/live").with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(view().name(ConversationController.LIVE))
                .andExpect(content().string(containsString("What range did you have in mind?")))
                .andExpect(content().string(containsString("hx-trigger=\"input changed delay:800ms, blur changed, retry\"")))
                .andExpect(content().string(containsString("Keyboard shortcuts")))
                .andExpect(content().string(containsString("/js/conversations-live-")));
    }

    @Test
    void summaryIsAFullPageWithWhatIsStillOpen() throws Exception {
        mvc.perform(get("/conversations/5").with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Budget: not discussed yet")))
                .andExpect(content().string(containsString("<!DOCTYPE html>")));
    }

    @Test
    void savingNotesAnswersHtmxWithTheSaveStateAndAPlainPostWithARedirect() throws Exception {
        ConversationTopic saved = new ConversationTopic(11L, 7L, 5L, 0, "budget", "Budget", "", null,
                "10–20k, approved", Coverage.OPEN, Instant.now(), 1);
        when(conversations.saveNotes(7L, 5L, 11L, "10–20k, approved", 0))
                .thenReturn(new ConversationService.NotesSave.Saved(saved));
        when(conversations.topics(7L, 5L)).thenReturn(List.of(saved));
        mvc.perform(post("/conversations/5/topics/11/notes").param("notes", "10–20k, approved")
                        .param("notesVersion", "0").header("HX-Request", "true").with(user(OWNER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name(ConversationController.SAVED))
                .andExpect(content().string(containsString("Saved at")))
                .andExpect(content().string(containsString("id=\"badge-11\"")))
                // the field's next save starts from the version just stored
                .andExpect(content().string(containsString("id=\"notes-version-11\" value=\"1\" hx-swap-oob=\"true\"")))
                // notes make the topic touched: the panel's coverage buttons are swapped too, "touched" pressed
                .andExpect(content().string(containsString("id=\"coverage-11\"")))
                .andExpect(content().string(containsString("aria-pressed=\"true\" data-coverage=\"TOUCHED\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post("/conversations/5/topics/11/notes").param("notes", "10–20k, approved")
                        .param("notesVersion", "0").with(user(OWNER)).with(csrf()))
                .andExpect(redirectedUrl("/conversations/5/live#topic-11"));
    }

    @Test
    void aSaveBasedOnOlderNotesShowsBothTextsInlineAndAsAPage() throws Exception {
        ConversationTopic theirs = new ConversationTopic(11L, 7L, 5L, 0, "budget", "Budget", "", null,
                "Their notes: 30k", Coverage.OPEN, Instant.now(), 3);
        when(conversations.saveNotes(7L, 5L, 11L, "My notes: 20k", 2))
                .thenReturn(new ConversationService.NotesSave.Conflict(theirs, "My notes: 20k"));
        mvc.perform(post("/conversations/5/topics/11/notes").param("notes", "My notes: 20k")
                        .param("notesVersion", "2").header("HX-Request", "true").with(user(OWNER)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(view().name(ConversationController.SAVED))
                .andExpect(content().string(containsString("Their notes: 30k")))
                .andExpect(content().string(containsString("data-their-version=\"3\"")))
                .andExpect(content().string(containsString("Keep my text")))
                .andExpect(content().string(not(containsString("<html"))));
        // without htmx: the meeting view with their notes beside the field, which holds the text sent
        mvc.perform(post("/conversations/5/topics/11/notes").param("notes", "My notes: 20k")
                        .param("notesVersion", "2").with(user(OWNER)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(view().name(ConversationController.LIVE))
                .andExpect(content().string(containsString("Their notes: 30k")))
                .andExpect(content().string(containsString(">My notes: 20k</textarea>")));
    }

    @Test
    void notesThatAreTooLongAreRefusedWithAReasonAndNotStored() throws Exception {
        mvc.perform(post("/conversations/5/topics/11/notes").param("notes", "x".repeat(20_001))
                        .header("HX-Request", "true").with(user(OWNER)).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Not saved: notes are too long")));
        verify(conversations, never()).saveNotes(anyLong(), anyLong(), anyLong(), anyString(), any());
    }

    @Test
    void markingCoverageAnswersWithTheControl() throws Exception {
        when(conversations.mark(7L, 5L, 11L, Coverage.SETTLED)).thenReturn(BUDGET.withMarked(Coverage.SETTLED));
        mvc.perform(post("/conversations/5/topics/11/coverage").param("coverage", "settled")
                        .header("HX-Request", "true").with(user(OWNER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name(ConversationController.COVERAGE_CONTROL))
                .andExpect(content().string(containsString("aria-pressed=\"true\"")));
        mvc.perform(post("/conversations/5/topics/11/coverage").param("coverage", "<script>")
                        .header("HX-Request", "true").with(user(OWNER)).with(csrf()))
                .andExpect(status().isOk());
    }

    @Test
    void startingAConversationNeedsAValidDateAndAnEngagementOfTheWorkspace() throws Exception {
        mvc.perform(get("/engagements/4/conversations/new").with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("First conversation")));
        mvc.perform(post("/engagements/4/conversations").param("kind", "FIRST").param("heldAt", "")
                        .param("language", "EN").with(user(OWNER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please choose an option.")));
        when(conversations.start(eq(7L), eq(ENGAGEMENT), any(), eq(70L))).thenReturn(CONVERSATION);
        mvc.perform(post("/engagements/4/conversations").param("kind", "FIRST").param("heldAt", "2025-03-04T10:30")
                        .param("language", "DE").with(user(OWNER)).with(csrf()))
                .andExpect(redirectedUrl("/conversations/5/live"));
        mvc.perform(get("/engagements/99/conversations/new").with(user(OWNER))).andExpect(status().isNotFound());
    }

    @Test
    void foreignConversationsAreNotFound() throws Exception {
        when(conversations.conversation(7L, 50L)).thenThrow(new NotFoundException());
        when(conversations.topic(7L, 5L, 99L)).thenThrow(new NotFoundException());
        mvc.perform(get("/conversations/50/live").with(user(OWNER))).andExpect(status().isNotFound());
        mvc.perform(post("/conversations/5/topics/99/notes").param("notes", "x").header("HX-Request", "true")
                .with(user(OWNER)).with(csrf())).andExpect(status().isNotFound());
    }
}
