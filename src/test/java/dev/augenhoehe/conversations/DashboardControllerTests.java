package dev.augenhoehe.conversations;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.WebSliceTest;
import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.clients.EngagementStatus;
import dev.augenhoehe.clients.Engagements;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(DashboardController.class)
class DashboardControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClientQuestions questions;

    @MockitoBean
    ConversationService conversations;

    @MockitoBean
    Engagements engagements;

    @Test
    void showsOpenQuestionsAndOpenTopicsAcrossEngagements() throws Exception {
        EngagementRef shop = new EngagementRef(4, 3, "Acme", "New shop", EngagementStatus.ACTIVE, false);
        when(questions.openInWorkspace(7L)).thenReturn(List.of(new ClientQuestions.Open(9, 4, "Can we keep the till?",
                LocalDateTime.now())));
        when(conversations.coverageOfRecentEngagements(7L, DashboardController.RECENT_ENGAGEMENTS)).thenReturn(Map.of(4L, CoverageSummary.of(List.of(
                CoverageTest.topic("budget", "Budget", "Budget: not discussed yet", Coverage.OPEN, null),
                CoverageTest.topic("timeline", "Timeline", null, Coverage.OPEN, "May")))));
        when(engagements.findAll(eq(7L), anyCollection())).thenReturn(Map.of(4L, shop));

        mvc.perform(get("/").with(user(TestAccounts.owner(7, 70))))
                .andExpect(status().isOk())
                .andExpect(view().name(DashboardController.VIEW))
                .andExpect(content().string(containsString("Hello, Test owner")))
                .andExpect(content().string(containsString("Can we keep the till?")))
                .andExpect(content().string(containsString("Budget: not discussed yet")));
        // each point: its coverage as the item's class and badge, then its own sentence or the phrase with its title
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(get("/").with(user(TestAccounts.owner(7, 70))))
                .andReturn().getResponse().getContentAsString());
        org.assertj.core.api.Assertions.assertThat(page.select("ul.open-list > li")).satisfiesExactly(
                open -> {
                    org.assertj.core.api.Assertions.assertThat(open.className()).isEqualTo("open");
                    org.assertj.core.api.Assertions.assertThat(open.select("span.badge.open").text()).isEqualTo("open");
                    org.assertj.core.api.Assertions.assertThat(open.select("span").last().text())
                            .isEqualTo("Budget: not discussed yet");
                },
                touched -> {
                    org.assertj.core.api.Assertions.assertThat(touched.className()).isEqualTo("touched");
                    org.assertj.core.api.Assertions.assertThat(touched.select("span.badge.touched").text())
                            .isEqualTo("touched");
                    org.assertj.core.api.Assertions.assertThat(touched.select("span").last().text())
                            .isEqualTo("Timeline: talked about, not settled yet");
                });
    }

    @Test
    void theListsAreKeptUntilTheWorkspaceWritesAndRenderedOncePerPerson() throws Exception {
        EngagementRef shop = new EngagementRef(4, 3, "Acme", "New shop", EngagementStatus.ACTIVE, false);
        when(questions.openInWorkspace(8L)).thenReturn(List.of(new ClientQuestions.Open(9, 4, "Can we keep the till?",
                LocalDateTime.now())));
        when(engagements.findAll(eq(8L), anyCollection())).thenReturn(Map.of(4L, shop));

        for (int view = 0; view < 3; view++) {
            mvc.perform(get("/").with(user(TestAccounts.owner(8, 80))))
                    .andExpect(content().string(containsString("Can we keep the till?")))
                    .andExpect(content().string(containsString("Open client questions (1)")));
        }
        // the slice has no database, so nothing is written: read once, and once more for another person
        mvc.perform(get("/").with(user(TestAccounts.owner(8, 81))))
                .andExpect(content().string(containsString("Can we keep the till?")));
        verify(questions, times(2)).openInWorkspace(8L);
    }

    @Test
    void viewsArrivingWhileTheListsAreRenderedWaitForThatOneRendering() throws Exception {
        when(questions.openInWorkspace(10L)).thenAnswer(reading -> {
            Thread.sleep(300); // a start page that takes its time, as after a write on a busy workspace
            return List.of();
        });
        var views = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int view = 0; view < 8; view++) {
                statuses.add(views.submit(() -> mvc.perform(get("/").with(user(TestAccounts.owner(10, 100))))
                        .andReturn().getResponse().getStatus()));
            }
            for (var status : statuses) {
                org.assertj.core.api.Assertions.assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            views.shutdown();
        }
        verify(questions, times(1)).openInWorkspace(10L);
    }

    // each test its own person: the controller keeps the rendered lists per person, and mocks change without a write
    @Test
    void anEmptyWorkspaceIsInvitedToStartWithAClient() throws Exception {
        mvc.perform(get("/").with(user(TestAccounts.owner(9, 90))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Start with a client and a first conversation.")));
    }
}
