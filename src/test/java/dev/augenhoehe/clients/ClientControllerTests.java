package dev.augenhoehe.clients;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
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
import dev.augenhoehe.system.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(ClientController.class)
class ClientControllerTests {

    static final SignedInUser OWNER = TestAccounts.owner(7, 70);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClientService service;

    @MockitoBean
    ClientSearch search;

    @Test
    void listIsAFullPageAndItsResultsAnHtmxFragment() throws Exception {
        when(search.clients(eq(7L), anyString(), anyBoolean(), anyInt())).thenReturn(new Paged<>(
                List.of(new ClientSearch.ClientRow(1, "Müller <Bäckerei>", ClientKind.ORGANISATION, "Frau Müller",
                        null, false, 2)), 1, Paged.SIZE, 1));

        mvc.perform(get("/clients").param("q", "Mü").with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(view().name(ClientController.LIST))
                .andExpect(content().string(containsString("<!DOCTYPE html>")))
                .andExpect(content().string(containsString("Müller &lt;Bäckerei&gt;")));
        mvc.perform(get("/clients").param("q", "Mü").header("HX-Request", "true").with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(view().name(ClientController.RESULTS))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"client-results\"")));
        verify(search, org.mockito.Mockito.times(2)).clients(7L, "Mü", false, 1);
    }

    @Test
    void brokenQueryParametersFallBackToDefaults() throws Exception {
        when(search.clients(anyLong(), anyString(), anyBoolean(), anyInt()))
                .thenReturn(new Paged<>(List.of(), 1, Paged.SIZE, 0));
        mvc.perform(get("/clients").param("page", "abc").param("archived", "maybe").with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No clients yet.")));
        verify(search).clients(7L, "", false, 1);
    }

    @Test
    void anUnknownOrForeignClientIsNotFound() throws Exception {
        when(service.client(7L, 99L)).thenThrow(new NotFoundException());
        mvc.perform(get("/clients/99").with(user(OWNER))).andExpect(status().isNotFound());
        mvc.perform(get("/clients/abc").with(user(OWNER))).andExpect(status().isNotFound());
    }

    @Test
    void anInvalidClientIsShownAgainWithErrorsInTheUsersLanguage() throws Exception {
        mvc.perform(post("/clients").param("name", "").param("kind", "PERSON").param("email", "nope")
                        .with(user(TestAccounts.owner(7, 70))).with(csrf()).header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(view().name(ClientController.FORM))
                .andExpect(content().string(containsString("Please fill in this field.")));
        verify(service, never()).create(anyLong(), any());
    }

    @Test
    void aValidClientIsCreatedInTheUsersWorkspace() throws Exception {
        when(service.create(eq(7L), any())).thenReturn(new Client(5L, 7L, "Acme", ClientKind.ORGANISATION, null, null,
                null, null, null, null, null, 0));
        mvc.perform(post("/clients").param("name", " Acme ").param("kind", "ORGANISATION").param("phone", "+49 30 123")
                        .with(user(OWNER)).with(csrf()))
                .andExpect(redirectedUrl("/clients/5"));
    }

    @Test
    void signedOutVisitorsGoToTheSignInPage() throws Exception {
        mvc.perform(get("/clients")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/clients").header("HX-Request", "true")).andExpect(status().isUnauthorized());
    }

    @Test
    void aStaleSaveShowsTheirTextBesideYoursAndKeepsYoursInTheForm() throws Exception {
        java.time.Instant now = java.time.Instant.now();
        Client theirs = new Client(5L, 7L, "Bäckerei Korn", ClientKind.ORGANISATION, "Petra Korn", null, null,
                "Their notes", null, now, now, 3);
        when(service.client(7L, 5L)).thenReturn(theirs);
        when(service.update(eq(7L), eq(5L), any())).thenReturn(new Edit.Stale<>(theirs));
        mvc.perform(post("/clients/5").param("name", "Bäckerei Korn").param("kind", "ORGANISATION")
                        .param("notes", "My notes").param("version", "2").with(user(OWNER)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(view().name(ClientController.FORM))
                .andExpect(content().string(containsString("Someone else saved this while you were editing")))
                .andExpect(content().string(containsString("Their notes")))
                .andExpect(content().string(containsString(">My notes</textarea>")))
                // saving again now means "keep mine": the form is based on their version
                .andExpect(content().string(containsString("name=\"version\" value=\"3\"")))
                .andExpect(content().string(containsString("href=\"/clients/5/edit\"")));

        Client saved = new Client(5L, 7L, "Bäckerei Korn", ClientKind.ORGANISATION, null, null, null, "My notes",
                null, now, now, 4);
        when(service.update(eq(7L), eq(5L), any())).thenReturn(new Edit.Saved<>(saved));
        mvc.perform(post("/clients/5").param("name", "Bäckerei Korn").param("kind", "ORGANISATION")
                        .param("notes", "My notes").param("version", "3").with(user(OWNER)).with(csrf()))
                .andExpect(redirectedUrl("/clients/5"));
        mvc.perform(get("/clients/5/edit").with(user(OWNER)))
                .andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
    }
}
