package dev.augenhoehe.decisions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The decision pages in the real shell, each as a full page and as an htmx request, with the services mocked. */
@WebSliceTest({DecisionController.class, RevisitController.class, MadrController.class})
@Import(DecisionPages.class)
class DecisionPagesSliceTests {

    static final SignedInUser OWNER = TestAccounts.owner(1, 10);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DecisionService service;

    @MockitoBean
    Engagements engagements;

    @MockitoBean
    MadrImport imports;

    DecisionView decision;

    @BeforeEach
    void oneDecision() {
        EngagementRef engagement = new EngagementRef(2, 3, "Bäckerei Korn", "Online shop", EngagementStatus.ACTIVE, false);
        given(engagements.find(1, 2)).willReturn(Optional.of(engagement));
        given(engagements.findAll(eq(1L), org.mockito.ArgumentMatchers.any())).willReturn(Map.of(2L, engagement));
        DecisionFields fields = DecisionFixtures.fields("Use a ready-made shop");
        fields = DecisionsFlowTests.with(fields, fields.title(), "if orders grow", java.time.LocalDate.of(2026, 9, 1));
        DecisionEntry entry = DecisionEntry.of(1, 5, EntryKind.RECORDED, Instant.now(), new Actor(10L, "Ann"),
                FieldsJson.diff(DecisionFields.EMPTY, fields));
        decision = new DecisionView(5, 2, 1, null, fields, List.of(), List.of(entry), null, Instant.now(),
                Instant.now(), 0);
        given(service.get(1, 5)).willReturn(decision);
        given(service.get(eq(1L), eq(6L))).willThrow(new NotFoundException());
        given(service.ofEngagement(1, 2)).willReturn(List.of(decision));
        given(service.toRevisit(anyLong())).willReturn(List.of(decision));
    }

    @Test
    void timelineFullAndHtmx() throws Exception {
        mvc.perform(get("/engagements/2/decisions").with(user(OWNER))).andExpect(status().isOk())
                .andExpect(view().name(DecisionController.TIMELINE))
                .andExpect(header().stringValues("Vary", hasItem("HX-Request")))
                .andExpect(content().string(containsString("0001 Use a ready-made shop")))
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(get("/engagements/2/decisions").param("tag", "nope").with(user(OWNER)).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(view().name(DecisionController.RESULTS))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("No decision matches this filter.")));
        mvc.perform(get("/engagements/9/decisions").with(user(OWNER))).andExpect(status().isNotFound());
        mvc.perform(get("/engagements/2/decisions")).andExpect(status().is3xxRedirection());
    }

    @Test
    void decisionPageFullAndHtmx() throws Exception {
        mvc.perform(get("/decisions/5").with(user(OWNER))).andExpect(status().isOk())
                .andExpect(view().name(DecisionController.PAGE))
                .andExpect(content().string(containsString("Decision 0001")))
                .andExpect(content().string(containsString("by Ann")));
        mvc.perform(get("/decisions/5").with(user(OWNER)).header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(view().name(DecisionController.PAGE_BODY))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/decisions/6").with(user(OWNER))).andExpect(status().isNotFound());
    }

    @Test
    void revisitAndImportFullAndHtmx() throws Exception {
        mvc.perform(get("/decisions").with(user(OWNER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Decisions to revisit")))
                .andExpect(content().string(containsString("if orders grow")));
        mvc.perform(get("/decisions").with(user(OWNER)).header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(view().name(RevisitController.LIST)).andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/engagements/2/decisions/import").with(user(OWNER))).andExpect(status().isOk())
                .andExpect(view().name(MadrController.IMPORT));
        mvc.perform(get("/engagements/2/decisions/import").with(user(OWNER)).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(view().name(MadrController.IMPORT_FORM))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void germanPages() throws Exception {
        mvc.perform(get("/engagements/2/decisions").with(user(TestAccounts.owner(1, 10))).header("Accept-Language", "de")
                .param("lang", "de")).andExpect(status().isOk());
    }
}
