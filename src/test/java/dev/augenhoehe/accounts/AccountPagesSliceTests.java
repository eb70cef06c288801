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

import dev.augenhoehe.language.Language;
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
@org.springframework.context.annotation.Import(OtherSessions.class)
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

    @MockitoBean
    TwoStepService twoStep;

    @org.junit.jupiter.api.BeforeEach
    void twoStepOff() {
        given(twoStep.status(org.mockito.ArgumentMatchers.anyLong())).willReturn(TwoStepService.Status.OFF);
    }

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
        given(accounts.workspace(1)).willReturn(new Workspace(1L, "Acme", Language.EN, Instant.now(), false));
        given(accounts.members(1)).willReturn(List.of(account(10, Role.OWNER), account(11, Role.CONSULTANT)));
        mvc.perform(get("/settings").with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Add a team member")));
        mvc.perform(get("/settings").with(user(OWNER)).header("HX-Request", "true")).andExpect(status().isOk());
        mvc.perform(get("/settings").with(user(CONSULTANT)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Add a team member"))))
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

    /** Issue 14: without {@code active} (or with an odd value) this was a 500 for anyone, before the role check. */
    @Test
    void switchingWithoutAValueIsABadRequestNotA500() throws Exception {
        given(accounts.member(1, 11)).willReturn(Optional.of(account(11, Role.CONSULTANT)));
        for (String value : new String[] {null, "", "maybe"}) {
            var request = post("/settings/team/11/active").with(user(OWNER)).with(csrf());
            if (value != null) {
                request.param("active", value);
            }
            mvc.perform(request).andExpect(status().isBadRequest());
            mvc.perform(post("/settings/team/11/active").with(user(CONSULTANT)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        verify(accounts, never()).setActive(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.anyBoolean());
    }

    /** Issue 14: "already in use" told any owner that an address has an account in some other workspace. */
    @Test
    void anAddressFromAnotherWorkspaceIsNotConfirmed() throws Exception {
        given(accounts.workspace(1)).willReturn(new Workspace(1L, "Acme", Language.EN, Instant.now(), false));
        given(accounts.emailUse(1, "elsewhere@example.com")).willReturn(AccountService.EmailUse.ELSEWHERE);
        given(accounts.emailUse(1, "p11@example.com")).willReturn(AccountService.EmailUse.IN_THIS_WORKSPACE);
        mvc.perform(post("/settings/team").with(user(OWNER)).with(csrf()).param("name", "Eve")
                        .param("email", "elsewhere@example.com").param("language", "EN")
                        .param("password", "a long consultant password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot be used for a new account")))
                .andExpect(content().string(not(containsString("in use"))))
                .andExpect(content().string(not(containsString("another workspace"))));
        mvc.perform(post("/settings/team").with(user(OWNER)).with(csrf()).param("name", "Pat")
                        .param("email", "p11@example.com").param("language", "EN")
                        .param("password", "a long consultant password"))
                .andExpect(content().string(containsString("already in your team")));
        verify(accounts, never()).addMember(anyLong(), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
    }

    /** Issue 14: a password change left the user's other sessions signed in. */
    @Test
    void aPasswordChangeEndsEveryOtherSessionOfThatUser() throws Exception {
        given(accounts.passwordMatches(10, "the old long password")).willReturn(true);
        org.springframework.mock.web.MockHttpSession current = new org.springframework.mock.web.MockHttpSession(null, "current");
        java.util.Map<String, Session> open = new java.util.HashMap<>();
        open.put("current", null);
        open.put("laptop", null);
        open.put("phone", null);
        given(sessions.findByPrincipalName(OWNER.getUsername())).willReturn(open);
        mvc.perform(post("/profile/password").with(user(OWNER)).with(csrf()).session(current)
                        .param("currentPassword", "the old long password")
                        .param("newPassword", "a brand new passphrase").param("confirmPassword", "a brand new passphrase"))
                .andExpect(redirectedUrl("/profile"));
        verify(accounts).changePassword(10, "a brand new passphrase");
        verify(sessions).deleteById("laptop");
        verify(sessions).deleteById("phone");
        verify(sessions, never()).deleteById("current");
    }

    private static Account account(long id, Role role) {
        return new Account(id, 1L, "Person " + id, "p" + id + "@example.com", "{noop}x", role, Language.EN, true,
                Instant.now(), false, 0);
    }
}
