package dev.augenhoehe.accounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The account pages in the real shell, each as a full page and as an htmx request. */
@WebSliceTest({SetupController.class, LoginController.class, ProfileController.class, SettingsController.class})
class AccountPagesSliceTests {

    static final SignedInUser OWNER = TestAccounts.owner(1, 10);
    static final SignedInUser CONSULTANT = TestAccounts.consultant(1, 11);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AccountService accounts;

    @MockitoBean
    SessionSignIn sessionSignIn;

    @MockitoBean
    FindByIndexNameSessionRepository<Session> sessions;

    @Test
    void setupIsClosedOnceTheInstanceIsSetUp() throws Exception {
        mvc.perform(get("/setup")).andExpect(redirectedUrl("/"));
        mvc.perform(get("/setup").header("HX-Request", "true")).andExpect(redirectedUrl("/"));
    }

    @Test
    void loginPageFullAndHtmx() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/login"))
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
                .andExpect(content().string(containsString("Anmelden")));
        mvc.perform(get("/login").header("HX-Request", "true")).andExpect(status().isOk());
        mvc.perform(get("/login").with(user(OWNER))).andExpect(redirectedUrl("/"));
    }

    @Test
    void profilePageFullAndHtmx() throws Exception {
        given(accounts.account(10)).willReturn(account(10, Role.OWNER));
        mvc.perform(get("/profile").with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(view().name(ProfileController.VIEW))
                .andExpect(content().string(containsString("Your profile")));
        mvc.perform(get("/profile").with(user(OWNER)).header("HX-Request", "true")).andExpect(status().isOk());
        mvc.perform(get("/profile")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void profileRejectsAnEmptyNameAndNeverSavesIt() throws Exception {
        mvc.perform(post("/profile").with(user(OWNER)).with(csrf()).param("name", " ").param("language", "EN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please fill in this field.")));
        verify(accounts, never()).updateProfile(anyLong(), eq(" "), org.mockito.ArgumentMatchers.any());
    }

    @Test
    void settingsShowTheTeamFormOnlyToTheOwner() throws Exception {
        given(accounts.workspace(1)).willReturn(new Workspace(1L, "Acme", UiLanguage.EN, Instant.now()));
        given(accounts.members(1)).willReturn(List.of(account(10, Role.OWNER), account(11, Role.CONSULTANT)));
        mvc.perform(get("/settings").with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Add a consultant")));
        mvc.perform(get("/settings").with(user(OWNER)).header("HX-Request", "true")).andExpect(status().isOk());
        mvc.perform(get("/settings").with(user(CONSULTANT)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Add a consultant"))))
                .andExpect(content().string(containsString("Only the owner")));
    }

    @Test
    void consultantsCannotChangeTheTeamAndForeignIdsAreNotFound() throws Exception {
        mvc.perform(post("/settings/team").with(user(CONSULTANT)).with(csrf()).param("name", "X"))
                .andExpect(status().isForbidden());
        given(accounts.member(1, 99)).willReturn(Optional.empty());
        mvc.perform(post("/settings/team/99/active").with(user(OWNER)).with(csrf()).param("active", "false"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
    }

    private static Account account(long id, Role role) {
        return new Account(id, 1L, "Person " + id, "p" + id + "@example.com", "{noop}x", role, UiLanguage.EN, true,
                Instant.now(), 0);
    }
}
