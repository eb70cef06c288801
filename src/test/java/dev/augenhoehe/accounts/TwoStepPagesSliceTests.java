package dev.augenhoehe.accounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.augenhoehe.language.Language;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The two-step pages in the real shell, as a full page and as an htmx request. */
@WebSliceTest({TwoStepController.class, SecondStepController.class})
class TwoStepPagesSliceTests {

    static final SignedInUser OWNER = TestAccounts.owner(1, 10);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TwoStepService twoStep;

    @MockitoBean
    AccountService accounts;

    @MockitoBean
    SecondStepThrottle throttle;

    @MockitoBean
    OtherSessions otherSessions;

    @MockitoBean
    TwoStepSignIn signIn;

    @BeforeEach
    void anOwnerWithoutTwoStep() {
        given(twoStep.status(anyLong())).willReturn(TwoStepService.Status.OFF);
        given(accounts.workspace(1)).willReturn(new Workspace(1L, "Acme", Language.EN, Instant.now(), false));
        given(accounts.account(10)).willReturn(new Account(10L, 1L, "Olga Owner", "olga@example.com", "{noop}x",
                Role.OWNER, Language.EN, true, Instant.now(), false, 0));
        given(throttle.refused(anyLong(), any())).willReturn(Optional.empty());
    }

    @Test
    void setUpPageFullAndHtmx() throws Exception {
        for (boolean htmx : new boolean[] {false, true}) {
            var request = get("/profile/two-step").with(user(OWNER));
            if (htmx) {
                request.header("HX-Request", "true");
            }
            mvc.perform(request)
                    .andExpect(status().isOk())
                    .andExpect(view().name(TwoStepController.VIEW))
                    .andExpect(content().string(containsString("Set up two-step sign-in")))
                    .andExpect(content().string(containsString("src=\"data:image/svg+xml;base64,")))
                    .andExpect(content().string(containsString("inputmode=\"numeric\"")));
        }
        mvc.perform(get("/profile/two-step")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theOnPageNeverShowsTheKey() throws Exception {
        given(twoStep.status(anyLong())).willReturn(new TwoStepService.Status(true, Instant.now(), 7));
        given(twoStep.isEnabled(10)).willReturn(true);
        mvc.perform(get("/profile/two-step").with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("7 of 10 recovery codes are left.")))
                .andExpect(content().string(not(containsString("id=\"secret\""))))
                .andExpect(content().string(not(containsString("data:image"))));
    }

    @Test
    void codePageFullAndHtmxOnlyWhileWaiting() throws Exception {
        given(signIn.state(any())).willReturn(TwoStepSignIn.PendingState.WAITING);
        for (boolean htmx : new boolean[] {false, true}) {
            var request = get("/login/code");
            if (htmx) {
                request.header("HX-Request", "true");
            }
            mvc.perform(request)
                    .andExpect(status().isOk())
                    .andExpect(view().name(SecondStepController.VIEW))
                    .andExpect(content().string(containsString("autocomplete=\"one-time-code\"")));
        }
        given(signIn.state(any())).willReturn(TwoStepSignIn.PendingState.NONE);
        mvc.perform(get("/login/code")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login/code").with(csrf()).param("code", "123456")).andExpect(redirectedUrl("/login"));
        given(signIn.state(any())).willReturn(TwoStepSignIn.PendingState.EXPIRED);
        mvc.perform(get("/login/code")).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/login/code").param("code", "123456")).andExpect(status().isForbidden());
    }
}
