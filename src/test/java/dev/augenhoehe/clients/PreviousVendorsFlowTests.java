package dev.augenhoehe.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** An engagement's previous vendors through the pages: listed, corrected without lost updates, removed, isolated. */
// this test sets the instance up; tests that expect a fresh instance must not get this context after us
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class PreviousVendorsFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PreviousVendors vendors;

    @Test
    void previousVendorsAreListedCorrectedAndRemovedAndStayInTheirWorkspace() throws Exception {
        TestUser ann = TestAccounts.setUpInstance(context, "Ann Consulting");
        TestUser bob = TestAccounts.createWorkspace(context, "Bob & Partner");
        long engagement = engagementOf(ann);
        String page = "/engagements/" + engagement;

        mvc.perform(as(ann, get(page))).andExpect(status().isOk())
                .andExpect(content().string(containsString("No previous vendor noted yet.")));
        mvc.perform(as(ann, post(page + "/vendors").param("name", " ").param("whatTheyDid", "Built the app.")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please fill in this field.")))
                .andExpect(content().string(containsString("Built the app.")));
        mvc.perform(as(ann, post(page + "/vendors").param("name", "Agentur Nord")
                        .param("whatTheyDid", "Built the first app in 2023.").param("whyItEnded", "The budget ran out.")))
                .andExpect(redirectedUrl(page + "#vendors-heading"));
        mvc.perform(as(ann, get(page))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Agentur Nord")))
                .andExpect(content().string(containsString("The budget ran out.")));

        PreviousVendor nord = vendors.of(ann.workspaceId(), engagement).get(0);
        String vendor = page + "/vendors/" + nord.id();
        mvc.perform(as(ann, post(vendor).param("name", "Agentur Nord GmbH").param("whyItEnded", "Trust, then budget.")
                        .param("version", String.valueOf(nord.version()))))
                .andExpect(redirectedUrl(page + "#vendors-heading"));
        // the same form again is stale now: both texts shown, nothing overwritten
        mvc.perform(as(ann, post(vendor).param("name", "Nord").param("version", String.valueOf(nord.version()))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Agentur Nord GmbH")));
        assertThat(vendors.vendor(ann.workspaceId(), engagement, nord.id()).name()).isEqualTo("Agentur Nord GmbH");

        mvc.perform(as(bob, get(vendor + "/edit"))).andExpect(status().isNotFound());
        mvc.perform(as(bob, post(page + "/vendors").param("name", "Mallory"))).andExpect(status().isNotFound());
        mvc.perform(as(bob, post(vendor + "/delete"))).andExpect(status().isNotFound());

        mvc.perform(as(ann, post(vendor + "/delete"))).andExpect(redirectedUrl(page + "#vendors-heading"));
        mvc.perform(as(ann, get(page))).andExpect(content().string(not(containsString("Agentur Nord"))));
    }

    private long engagementOf(TestUser who) throws Exception {
        String clientLocation = mvc.perform(as(who, post("/clients").param("name", "Hahn Logistik GmbH")
                        .param("kind", "ORGANISATION")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String engagementLocation = mvc.perform(as(who, post(clientLocation + "/engagements")
                        .param("title", "Warehouse app").param("status", "LEAD")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(engagementLocation.substring(engagementLocation.lastIndexOf('/') + 1));
    }

    private static MockHttpServletRequestBuilder as(TestUser who, MockHttpServletRequestBuilder request) {
        return request.with(user(who.principal())).with(csrf());
    }
}
