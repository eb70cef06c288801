package dev.augenhoehe.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.augenhoehe.accounts.TestAccounts.TestUser;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The whole application on a fresh database: first-run setup, sign-in, team, profile, bad input, and two
 * workspaces that never see each other. The methods build on each other, in order.
 */
@SpringBootTest(properties = "augenhoehe.test.fresh-instance=accounts-flow") // own context: it starts empty
@AutoConfigureMockMvc
@TestMethodOrder(OrderAnnotation.class)
class AccountsFlowTests {

    static final String OWNER_EMAIL = "owner@flow.example";
    static final String OWNER_PASSWORD = "correct horse battery staple";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    @Order(1)
    void anEmptyInstanceSendsEveryoneToSetup() throws Exception {
        mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/clients/1")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/setup").header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Augenhöhe einrichten")));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"status\":\"UP\"")));
        for (String hidden : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info"}) {
            int status = mvc.perform(get(hidden)).andReturn().getResponse().getStatus();
            assertThat(status).as(hidden).isNotEqualTo(200);
        }
    }

    @Test
    @Order(2)
    void setupRejectsBadInputWithMessagesInTheUsersLanguage() throws Exception {
        mvc.perform(post("/setup").with(csrf()).header("Accept-Language", "de")
                        .param("workspaceName", "").param("language", "DE").param("ownerName", "<script>x</script>")
                        .param("email", "not-an-email").param("password", "short").param("passwordConfirm", "other"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bitte füllen Sie dieses Feld aus.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("gültige E-Mail-Adresse")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>x"))));
        mvc.perform(post("/setup").with(csrf()).param("workspaceName", "x".repeat(10_000)).param("language", "EN")
                        .param("ownerName", "Ann").param("email", OWNER_EMAIL)
                        .param("password", OWNER_PASSWORD).param("passwordConfirm", OWNER_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("at most 120 characters")));
        mvc.perform(post("/setup").with(csrf()).header("Accept-Language", "de").param("language", "KLINGON"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Dieser Wert ist hier nicht gültig.")));
        mvc.perform(post("/setup").param("workspaceName", "No token")).andExpect(status().isForbidden());
    }

    @Test
    @Order(3)
    void setupCreatesTheWorkspaceSignsTheOwnerInAndCannotRunTwice() throws Exception {
        mvc.perform(post("/setup").with(csrf()).param("workspaceName", "Flow GmbH").param("language", "DE")
                        .param("ownerName", "Ann Owner").param("email", OWNER_EMAIL)
                        .param("password", OWNER_PASSWORD).param("passwordConfirm", OWNER_PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/setup")).andExpect(redirectedUrl("/"));
        mvc.perform(post("/setup").with(csrf()).param("workspaceName", "Second").param("language", "DE")
                        .param("ownerName", "Eve").param("email", "eve@flow.example")
                        .param("password", OWNER_PASSWORD).param("passwordConfirm", OWNER_PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(signIn("eve@flow.example", OWNER_PASSWORD)).isNull();
    }

    @Test
    @Order(4)
    void signInWorksWithTheRightPasswordOnly() throws Exception {
        Cookie session = signIn(OWNER_EMAIL, OWNER_PASSWORD);
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").with(csrf()).cookie(session)).andExpect(redirectedUrl("/login?signedOut&lang=de"));
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
        assertThat(signIn(OWNER_EMAIL.toUpperCase(), OWNER_PASSWORD)).isNotNull();
        mvc.perform(formLogin("/login").user(OWNER_EMAIL).password("wrong password here"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized()).andExpect(header().string("HX-Redirect", "/login"));
    }

    @Test
    @Order(5)
    void theOwnerAddsAConsultantWhoSignsInAndIsSwitchedOffAgain() throws Exception {
        TestUser owner = ownerOfFlow();
        mvc.perform(post("/settings/team").with(csrf()).with(user(owner.principal()))
                        .param("name", "Carl Consultant").param("email", "carl@flow.example").param("language", "EN")
                        .param("password", "a long consultant password"))
                .andExpect(redirectedUrl("/settings"));
        mvc.perform(post("/settings/team").with(csrf()).with(user(owner.principal()))
                        .param("name", "Carl Again").param("email", "CARL@flow.example").param("language", "EN")
                        .param("password", "a long consultant password"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("schon in Ihrem Team")));
        Cookie carlsSession = signIn("carl@flow.example", "a long consultant password");
        // the owner set Carl's first password, so Carl chooses his own before anything else
        mvc.perform(get("/settings").cookie(carlsSession)).andExpect(redirectedUrl("/profile#password-heading"));
        mvc.perform(get("/").cookie(carlsSession).header("HX-Request", "true"))
                .andExpect(header().string("HX-Redirect", "/profile#password-heading"));
        mvc.perform(get("/profile").cookie(carlsSession)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Please choose your own password")));
        mvc.perform(post("/profile/password").with(csrf()).cookie(carlsSession)
                        .param("currentPassword", "a long consultant password")
                        .param("newPassword", "Tulpen schaukeln im Februarwind")
                        .param("confirmPassword", "Tulpen schaukeln im Februarwind"))
                .andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/settings").cookie(carlsSession)).andExpect(status().isOk());

        Account carl = context.getBean(AccountRepository.class).findByEmail("carl@flow.example").orElseThrow();
        SignedInUser carlSignedIn = new SignedInUser(carl);
        mvc.perform(post("/settings/team").with(csrf()).with(user(carlSignedIn))
                        .param("name", "Mallory").param("email", "m@flow.example").param("language", "EN")
                        .param("password", "mallory's long password"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/settings/team/{id}/active", carl.id()).with(csrf()).with(user(owner.principal()))
                        .param("active", "false"))
                .andExpect(redirectedUrl("/settings"));
        // switched off: the open session ends at once, and signing in again fails
        mvc.perform(get("/settings").cookie(carlsSession)).andExpect(redirectedUrl("/login"));
        assertThat(signIn("carl@flow.example", "Tulpen schaukeln im Februarwind")).isNull();
        mvc.perform(post("/settings/team/{id}/active", owner.userId()).with(csrf()).with(user(owner.principal()))
                        .param("active", "false"))
                .andExpect(redirectedUrl("/settings"));
        assertThat(context.getBean(AccountRepository.class).findById(owner.userId()).orElseThrow().active()).isTrue();
    }

    @Test
    @Order(6)
    void anotherWorkspaceIsInvisible() throws Exception {
        TestUser owner = ownerOfFlow();
        TestUser stranger = TestAccounts.createWorkspace(context, "Elsewhere Ltd");
        TestUser strangersConsultant = TestAccounts.addConsultant(context, stranger.workspaceId(), "Sam");

        mvc.perform(get("/settings").with(user(owner.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Sam"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Elsewhere"))));
        mvc.perform(post("/settings/team/{id}/active", strangersConsultant.userId()).with(csrf())
                        .with(user(owner.principal())).param("active", "false"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/settings/team/{id}/active", "not-a-number").with(csrf())
                        .with(user(owner.principal())).param("active", "false"))
                .andExpect(status().isNotFound());
        assertThat(context.getBean(AccountRepository.class).findById(strangersConsultant.userId()).orElseThrow().active())
                .isTrue();
    }

    @Test
    @Order(7)
    void theProfileChangesNameLanguageAndPassword() throws Exception {
        TestUser owner = ownerOfFlow();
        mvc.perform(post("/profile").with(csrf()).with(user(owner.principal())).param("name", "Ann O.").param("language", "EN"))
                .andExpect(redirectedUrl("/profile"));
        owner = ownerOfFlow();
        mvc.perform(post("/profile/password").with(csrf()).with(user(owner.principal()))
                        .param("currentPassword", "not my password").param("newPassword", "a brand new passphrase")
                        .param("confirmPassword", "a brand new passphrase"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("not your current password")));
        mvc.perform(post("/profile/password").with(csrf()).with(user(owner.principal()))
                        .param("currentPassword", OWNER_PASSWORD).param("newPassword", "a brand new passphrase")
                        .param("confirmPassword", "a brand new passphrase"))
                .andExpect(redirectedUrl("/profile"));
        assertThat(signIn(OWNER_EMAIL, "a brand new passphrase")).isNotNull();
        mvc.perform(get("/profile").with(user(ownerOfFlow().principal())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Your profile")));
    }

    static Stream<String> hostileValues() {
        return Stream.of("", " ", "x".repeat(10_000), "<img src=x onerror=alert(1)>", "\u0000\uFFFF", "'; drop table app_user; --");
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    @Order(8)
    void everyFormAnswersHostileInputWithoutA500(String value) throws Exception {
        TestUser owner = ownerOfFlow();
        for (String path : new String[] {"/profile", "/profile/password", "/settings/workspace", "/settings/team"}) {
            int status = mvc.perform(post(path).with(csrf()).with(user(owner.principal()))
                            .param("name", value).param("language", value).param("email", value).param("password", value)
                            .param("currentPassword", value).param("newPassword", value).param("confirmPassword", value))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(path).isIn(200, 302);
        }
        assertThat(context.getBean(AccountRepository.class).count()).isPositive();
    }

    @Test
    @Order(9)
    void unknownPagesAreA404InTheUsersLanguage() throws Exception {
        mvc.perform(get("/no/such/page").with(user(ownerOfFlow().principal())))
                .andExpect(status().isNotFound());
    }

    /** Signs in through the real form and returns the session cookie, or null when sign-in failed. */
    private Cookie signIn(String email, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(email).password(password)).andReturn();
        return "/".equals(result.getResponse().getRedirectedUrl()) ? result.getResponse().getCookie("SESSION") : null;
    }

    private TestUser ownerOfFlow() {
        Account owner = context.getBean(AccountRepository.class).findByEmail(OWNER_EMAIL).orElseThrow();
        return new TestUser(owner.workspaceId(), owner.id(), owner.email(), OWNER_PASSWORD, new SignedInUser(owner));
    }
}
