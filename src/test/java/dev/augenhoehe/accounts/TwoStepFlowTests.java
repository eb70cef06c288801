package dev.augenhoehe.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.augenhoehe.accounts.TestAccounts.TestUser;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two-step sign-in through the whole application, as a browser does it (cookies carried from answer to request):
 * set up from the page, the code page after the password and nothing else before the code, wrong and odd codes,
 * recovery codes once, a remembered device, a password change that forgets it, the workspace requirement and the
 * throttle. Codes come from java-otp for the secret read off the page; each sign-in uses a later 30-second step than
 * the one before (−1, 0, +1 around now), because a step is accepted only once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TwoStepFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SessionRepository<? extends Session> sessions;

    final TotpCodes codes = new TotpCodes(Clock.systemUTC());

    @Test
    void enrolSignInWithCodesRecoveryCodesAndARememberedDevice() throws Exception {
        TestUser owner = TestAccounts.setUpInstance(context, "Two Step Flow GmbH");
        Browser browser = new Browser();
        assertThat(browser.signIn(owner.email(), owner.password()).getRedirectedUrl()).isEqualTo("/");

        // set up: the page shows the QR code and the key; a wrong or empty code switches nothing on
        Document page = browser.page(get("/profile/two-step"));
        assertThat(page.selectFirst("img.qr").attr("src")).startsWith("data:image/svg+xml;base64,");
        byte[] secret = Base32.decode(page.selectFirst("#secret").text());
        assertThat(secret).hasSize(20);
        assertThat(page.selectFirst("#code").attr("inputmode")).isEqualTo("numeric");
        assertThat(page.selectFirst("#code").attr("autocomplete")).isEqualTo("one-time-code");
        assertThat(browser.page(post("/profile/two-step").param("code", wrong(secret))).text()).contains("does not fit");
        assertThat(browser.page(post("/profile/two-step").param("code", "")).text()).contains("Please type the 6-digit code");
        assertThat(browser.page(get("/profile/two-step")).selectFirst("#secret").text())
                .as("the same key on reload, for the app that scanned it").isEqualTo(Base32.encode(secret).replaceAll("(.{4})(?!$)", "$1 "));
        assertThat(twoStep().isEnabled(owner.userId())).isFalse();

        MockHttpServletResponse switchedOn = browser.perform(post("/profile/two-step").param("code", code(secret, -1)));
        assertThat(switchedOn.getRedirectedUrl()).isEqualTo("/profile/two-step");
        Document withCodes = browser.page(get("/profile/two-step"));
        List<String> recovery = withCodes.select("ul.code-list code").eachText();
        assertThat(recovery).hasSize(10);
        Document later = browser.page(get("/profile/two-step"));
        assertThat(later.select("ul.code-list code")).as("codes are shown once").isEmpty();
        assertThat(later.selectFirst("#secret")).as("the key is never shown again").isNull();
        assertThat(later.text()).contains("10 of 10 recovery codes are left");
        browser.perform(post("/logout"));

        // the password alone leads to the code page, and nowhere else
        assertThat(browser.signIn(owner.email(), owner.password()).getRedirectedUrl()).isEqualTo("/login/code");
        for (String other : List.of("/", "/clients", "/profile", "/settings", "/profile/two-step", "/login")) {
            assertThat(browser.perform(get(other)).getRedirectedUrl()).as(other).isEqualTo("/login/code");
        }
        assertThat(browser.perform(get("/clients").header("HX-Request", "true")).getHeader("HX-Redirect"))
                .isEqualTo("/login/code");
        Document codePage = browser.page(get("/login/code"));
        assertThat(codePage.selectFirst("#code").attr("inputmode")).isEqualTo("numeric");
        assertThat(codePage.selectFirst("#code").attr("autocomplete")).isEqualTo("one-time-code");
        assertThat(browser.perform(post("/login/code").param("code", code(secret, 0)), false).getStatus())
                .as("no CSRF token").isEqualTo(403);
        assertThat(browser.page(post("/login/code").param("code", "")).text()).contains("Please type the 6-digit code");
        assertThat(browser.page(post("/login/code").param("code", "letters")).text()).contains("does not fit");
        assertThat(browser.page(post("/login/code").param("code", "7".repeat(1_000_000))).text()).contains("does not fit");
        String sessionBefore = browser.cookies.get("SESSION").getValue();
        assertThat(browser.perform(post("/login/code").param("code", code(secret, 0))).getRedirectedUrl()).isEqualTo("/");
        assertThat(browser.cookies.get("SESSION").getValue()).as("a new session id after the second step")
                .isNotEqualTo(sessionBefore);
        assertThat(browser.perform(get("/")).getStatus()).isEqualTo(200);
        browser.perform(post("/logout"));

        // a recovery code works once
        browser.signIn(owner.email(), owner.password());
        assertThat(browser.perform(post("/login/code").param("code", recovery.get(0))).getRedirectedUrl())
                .isEqualTo("/profile/two-step");
        assertThat(browser.page(get("/profile/two-step")).text()).contains("9 of 10 recovery codes are left");
        browser.perform(post("/logout"));
        browser.signIn(owner.email(), owner.password());
        assertThat(browser.page(post("/login/code").param("code", recovery.get(0))).text()).contains("does not fit");

        // remember this device: the next sign-in skips the code
        MockHttpServletResponse remembered = browser.perform(post("/login/code").param("code", code(secret, 1))
                .param("remember", "true"));
        assertThat(remembered.getRedirectedUrl()).isEqualTo("/");
        String deviceCookie = remembered.getHeaders("Set-Cookie").stream()
                .filter(c -> c.startsWith(TwoStepSignIn.DEVICE_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(deviceCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Max-Age=2592000");
        browser.perform(post("/logout"));
        assertThat(browser.signIn(owner.email(), owner.password()).getRedirectedUrl()).isEqualTo("/");
        Browser stranger = new Browser();
        stranger.cookies.put(TwoStepSignIn.DEVICE_COOKIE, browser.cookies.get(TwoStepSignIn.DEVICE_COOKIE));
        TestUser colleague = withTwoStep(TestAccounts.addConsultant(context, owner.workspaceId(), "Cleo Colleague"));
        assertThat(stranger.signIn(colleague.email(), colleague.password()).getRedirectedUrl())
                .as("someone else's device cookie").isEqualTo("/login/code");

        // a password change forgets every remembered device
        String newPassword = "another long password for the flow";
        assertThat(browser.perform(post("/profile/password").param("currentPassword", owner.password())
                .param("newPassword", newPassword).param("confirmPassword", newPassword)).getRedirectedUrl())
                .isEqualTo("/profile");
        browser.perform(post("/logout"));
        assertThat(browser.signIn(owner.email(), newPassword).getRedirectedUrl()).isEqualTo("/login/code");
    }

    @Test
    void aPendingSignInExpiresAndTheAccountMustNotChangeMeanwhile() throws Exception {
        TestUser user = TestAccounts.setUpInstance(context, "Slow Steps GmbH");
        byte[] secret = enableFor(user);
        Browser browser = new Browser();
        browser.signIn(user.email(), user.password());
        String sessionId = new String(Base64.getDecoder().decode(browser.cookies.get("SESSION").getValue()),
                StandardCharsets.UTF_8);
        rewrite(sessionId, new TwoStepSignIn.Pending(user.userId(),
                context.getBean(AccountService.class).account(user.userId()).version(), Instant.now().minusSeconds(301)));
        assertThat(browser.perform(post("/login/code").param("code", code(secret, 0))).getRedirectedUrl())
                .isEqualTo("/login?expired");
        assertThat(browser.page(get("/login?expired")).text()).contains("Please sign in again");
        assertThat(browser.perform(get("/login/code")).getRedirectedUrl()).isEqualTo("/login");
        // the password changed (elsewhere) between the two steps: the right code is not enough any more
        browser.signIn(user.email(), user.password());
        context.getBean(AccountService.class).changePassword(user.userId(), "a changed password for the slow steps");
        assertThat(browser.perform(post("/login/code").param("code", code(secret, 0))).getRedirectedUrl())
                .isEqualTo("/login?expired");
        // a wrong password while the code is pending ends the pending sign-in
        browser.perform(post("/login").param("username", user.email()).param("password", "a changed password for the slow steps"));
        assertThat(browser.perform(get("/login/code")).getStatus()).isEqualTo(200);
        assertThat(browser.signIn(user.email(), "not the password at all").getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(browser.perform(get("/login/code")).getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void theWorkspaceRequirementSendsEveryoneWithoutItToSetUpFirst() throws Exception {
        TestUser owner = TestAccounts.setUpInstance(context, "Strict Steps GmbH");
        TestUser consultant = TestAccounts.addConsultant(context, owner.workspaceId(), "Sven Strict");
        Browser ownerBrowser = new Browser();
        ownerBrowser.signIn(owner.email(), owner.password());
        ownerBrowser.perform(post("/settings/two-step").param("required", "true"));
        assertThat(ownerBrowser.page(get("/settings")).text()).contains("set up two-step sign-in for yourself first");
        assertThat(context.getBean(AccountService.class).workspace(owner.workspaceId()).requireTwoStep()).isFalse();
        enableFor(owner);
        ownerBrowser.perform(post("/settings/two-step").param("required", "true"));
        assertThat(context.getBean(AccountService.class).workspace(owner.workspaceId()).requireTwoStep()).isTrue();

        Browser browser = new Browser();
        assertThat(browser.signIn(consultant.email(), consultant.password()).getRedirectedUrl())
                .isEqualTo("/profile/two-step");
        for (String other : List.of("/", "/clients", "/profile", "/settings")) {
            assertThat(browser.perform(get(other)).getRedirectedUrl()).as(other).isEqualTo("/profile/two-step");
        }
        Document page = browser.page(get("/profile/two-step"));
        assertThat(page.text()).contains("Your workspace asks everyone to use two-step sign-in");
        byte[] secret = Base32.decode(page.selectFirst("#secret").text());
        browser.perform(post("/profile/two-step").param("code", code(secret, 0)));
        assertThat(browser.perform(get("/")).getStatus()).isEqualTo(200);
        assertThat(browser.page(post("/profile/two-step/off").param("confirmation", consultant.password())
                .header("Accept-Language", "en"), "/profile/two-step").text()).contains("cannot switch it off");
        assertThat(twoStep().isEnabled(consultant.userId())).isTrue();

        // phone and recovery codes lost: the owner switches it off; another workspace's owner gets a 404
        assertThat(ownerBrowser.page(get("/settings")).select("form[action='/settings/team/" + consultant.userId()
                + "/two-step-off']")).hasSize(1);
        TestUser stranger = TestAccounts.createWorkspace(context, "Stranger Steps GmbH");
        Browser strangerBrowser = new Browser();
        strangerBrowser.signIn(stranger.email(), stranger.password());
        assertThat(strangerBrowser.perform(post("/settings/team/" + consultant.userId() + "/two-step-off")).getStatus())
                .isEqualTo(404);
        assertThat(twoStep().isEnabled(consultant.userId())).isTrue();
        assertThat(ownerBrowser.page(post("/settings/team/" + owner.userId() + "/two-step-off"), "/settings").text())
                .contains("cannot switch off your own");
        assertThat(ownerBrowser.page(post("/settings/team/" + consultant.userId() + "/two-step-off"), "/settings")
                .text()).contains("signed out everywhere");
        assertThat(twoStep().isEnabled(consultant.userId())).isFalse();
        assertThat(browser.perform(get("/")).getRedirectedUrl()).as("the consultant's session ended").isEqualTo("/login");
        assertThat(browser.signIn(consultant.email(), consultant.password()).getRedirectedUrl())
                .as("required: set it up again").isEqualTo("/profile/two-step");
    }

    @Test
    void wrongCodesAreThrottledWithTheSamePageInTheUsersLanguage() throws Exception {
        TestUser owner = TestAccounts.setUpInstance(context, "Guessing Steps GmbH");
        TestUser other = TestAccounts.addConsultant(context, owner.workspaceId(), "Otto Other");
        byte[] secret = enableFor(owner);
        byte[] othersSecret = enableFor(other);
        Browser browser = new Browser();
        browser.signIn(owner.email(), owner.password());
        assertThat(browser.page(post("/login/code").param("code", code(othersSecret, 0))).text())
                .as("a code of another person").contains("does not fit");
        for (int i = 0; i < 4; i++) {
            assertThat(browser.perform(post("/login/code").param("code", wrong(secret))).getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = browser.perform(post("/login/code").param("code", code(secret, 0)));
        assertThat(refused.getStatus()).as("the right code, but too late").isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotNull();
        // the page itself (rendered by the servlet container's error dispatch) is checked in ErrorPagesServerTests
        assertThat(browser.lastRequestAttribute("dev.augenhoehe.system.TooManyRequests.reason"))
                .isEqualTo("accounts.twoStep.throttled");
        // the password again gives no fresh tries at the code
        browser.perform(post("/logout"));
        browser.signIn(owner.email(), owner.password());
        assertThat(browser.perform(post("/login/code").param("code", code(secret, 0))).getStatus()).isEqualTo(429);
    }

    private TestUser withTwoStep(TestUser user) {
        enableFor(user);
        return user;
    }

    private byte[] enableFor(TestUser user) {
        byte[] secret = TotpCodes.newSecret();
        twoStep().enable(user.userId(), secret, code(secret, -1)).orElseThrow();
        return secret;
    }

    private TwoStepService twoStep() {
        return context.getBean(TwoStepService.class);
    }

    @SuppressWarnings("unchecked")
    private <S extends Session> void rewrite(String sessionId, TwoStepSignIn.Pending pending) {
        SessionRepository<S> repository = (SessionRepository<S>) sessions;
        S session = repository.findById(sessionId);
        session.setAttribute(TwoStepSignIn.PENDING, pending);
        repository.save(session);
    }

    /** The app's code for the step {@code offset} steps from now. */
    private String code(byte[] secret, int offset) {
        return codes.codeAt(secret, codes.currentStep() + offset);
    }

    /** Six digits that are none of the codes of the window. */
    private String wrong(byte[] secret) {
        long now = codes.currentStep();
        for (int candidate = 0; ; candidate++) {
            String text = String.format("%06d", candidate);
            if (!text.equals(codes.codeAt(secret, now - 1)) && !text.equals(codes.codeAt(secret, now))
                    && !text.equals(codes.codeAt(secret, now + 1)) && !text.equals(codes.codeAt(secret, now + 2))) {
                return text;
            }
        }
    }

    /** Carries cookies from answer to request, sends a CSRF token with every POST (unless told not to). */
    final class Browser {

        final Map<String, Cookie> cookies = new LinkedHashMap<>();
        private org.springframework.mock.web.MockHttpServletRequest lastRequest;

        Object lastRequestAttribute(String name) {
            return lastRequest.getAttribute(name);
        }

        MockHttpServletResponse signIn(String email, String password) throws Exception {
            return perform(post("/login").param("username", email).param("password", password));
        }

        MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
            return perform(request, true);
        }

        MockHttpServletResponse perform(MockHttpServletRequestBuilder request, boolean withCsrf) throws Exception {
            if (!cookies.isEmpty()) {
                request.cookie(cookies.values().toArray(Cookie[]::new));
            }
            if (withCsrf) {
                request.with(csrf());
            }
            var result = mvc.perform(request).andReturn();
            lastRequest = result.getRequest();
            MockHttpServletResponse response = result.getResponse();
            for (Cookie cookie : response.getCookies()) {
                if (cookie.getMaxAge() == 0) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie);
                }
            }
            return response;
        }

        Document page(MockHttpServletRequestBuilder request) throws Exception {
            MockHttpServletResponse response = perform(request);
            assertThat(response.getStatus()).as(response.getRedirectedUrl()).isEqualTo(200);
            return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        }

        /** A POST that redirects, and the page it redirects to (with its flash message). */
        Document page(MockHttpServletRequestBuilder request, String expectedRedirect) throws Exception {
            assertThat(perform(request).getRedirectedUrl()).isEqualTo(expectedRedirect);
            return page(get(expectedRedirect));
        }
    }
}
