package dev.augenhoehe.clients;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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
import dev.augenhoehe.system.NotFoundException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(EngagementController.class)
class EngagementControllerTests {

    static final SignedInUser OWNER = TestAccounts.owner(7, 70);
    static final Client CLIENT = new Client(3L, 7L, "Acme", ClientKind.ORGANISATION, null, null, null, null, null,
            Instant.now(), Instant.now(), 0);
    static final Engagement ENGAGEMENT = new Engagement(4L, 7L, 3L, "New shop", EngagementStatus.LEAD,
            "Online shop", "Agency left in 2023", null, Instant.now(), Instant.now(), 0);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClientService service;

    @MockitoBean
    ClientSearch search;

    @MockitoBean
    PreviousVendors vendors;

    @Test
    void listFiltersByStatusAndAnswersHtmxWithTheResultsOnly() throws Exception {
        when(search.engagements(eq(7L), anyString(), any(), anyBoolean(), anyInt())).thenReturn(new Paged<>(
                List.of(new ClientSearch.EngagementRow(4, 3, "Acme", "New shop", EngagementStatus.ACTIVE, false)),
                1, Paged.SIZE, 1));
        mvc.perform(get("/engagements").param("status", "active").with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(view().name(EngagementController.LIST))
                .andExpect(content().string(containsString("New shop")));
        verify(search).engagements(7L, "", EnumSet.of(EngagementStatus.ACTIVE), false, 1);
        mvc.perform(get("/engagements").header("HX-Request", "true").with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(view().name(EngagementController.RESULTS))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void overviewIsAFullPageWithTheOtherModulesSections() throws Exception {
        when(service.engagement(7L, 4L)).thenReturn(ENGAGEMENT);
        when(service.client(7L, 3L)).thenReturn(CLIENT);
        mvc.perform(get("/engagements/4").with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Agency left in 2023")))
                .andExpect(content().string(containsString("<!DOCTYPE html>")))
                .andExpect(content().string(containsString("id=\"engagement-sections\"")));
    }

    @Test
    void foreignEngagementsAndClientsAreNotFound() throws Exception {
        when(service.engagement(7L, 40L)).thenThrow(new NotFoundException());
        when(service.client(7L, 30L)).thenThrow(new NotFoundException());
        mvc.perform(get("/engagements/40").with(user(OWNER))).andExpect(status().isNotFound());
        mvc.perform(get("/clients/30/engagements/new").with(user(OWNER))).andExpect(status().isNotFound());
        mvc.perform(post("/clients/30/engagements").param("title", "x").param("status", "LEAD")
                .with(user(OWNER)).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void createsAnEngagementOrExplainsWhatIsMissing() throws Exception {
        when(service.client(7L, 3L)).thenReturn(CLIENT);
        mvc.perform(post("/clients/3/engagements").param("title", "").param("status", "LEAD")
                        .with(user(OWNER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please fill in this field.")));
        when(service.createEngagement(eq(7L), eq(3L), any())).thenReturn(ENGAGEMENT);
        mvc.perform(post("/clients/3/engagements").param("title", "New shop").param("status", "LEAD")
                        .with(user(OWNER)).with(csrf()))
                .andExpect(redirectedUrl("/engagements/4"));
    }
}
