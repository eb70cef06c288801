package dev.augenhoehe.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.augenhoehe.accounts.TestAccounts.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 14: 100 wrong passwords in a row met no slowdown and the right one still worked. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void tenFailuresForOneAccountPauseItFromEveryAddress(CapturedOutput output) throws Exception {
        TestUser ann = TestAccounts.setUpInstance(context, "Throttle GmbH");
        TestUser bob = TestAccounts.addConsultant(context, ann.workspaceId(), "Bob");
        for (int i = 0; i < 10; i++) {
            assertThat(attempt(ann.email(), "wrong password number " + i, "198.51.100." + i).getStatus()).isEqualTo(302);
        }
        MockHttpServletResponse refused = attempt(ann.email(), ann.password(), "198.51.100.99");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(60L, 91L);
        assertThat(attempt(ann.email().toUpperCase(), ann.password(), "198.51.100.98").getStatus()).isEqualTo(429);
        // someone else's account is not affected
        assertThat(attempt(bob.email(), bob.password(), "198.51.100.1").getRedirectedUrl()).isEqualTo("/");

        assertThat(output.getAll()).contains("Sign-in failed for " + ann.email() + " from 198.51.100.3")
                .contains("Sign-in refused for " + ann.email()).doesNotContain("wrong password number");
    }

    @Test
    void oneAddressCannotLockEveryAccount() throws Exception {
        TestUser owner = TestAccounts.setUpInstance(context, "Address Limits GmbH");
        for (int i = 0; i < 30; i++) {
            attempt("nobody-" + i + "@example.com", "some wrong password", "203.0.113.50");
        }
        assertThat(attempt(owner.email(), owner.password(), "203.0.113.50").getStatus()).isEqualTo(429);
        // the owner, from their own address, still gets in: neither of the 30 guessed accounts was theirs
        assertThat(attempt(owner.email(), owner.password(), "203.0.113.51").getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsCount() throws Exception {
        TestUser owner = TestAccounts.setUpInstance(context, "Typo GmbH");
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 9; i++) {
                attempt(owner.email(), "typo " + i, "192.0.2." + (round * 10 + i));
            }
            assertThat(attempt(owner.email(), owner.password(), "192.0.2.200").getRedirectedUrl()).isEqualTo("/");
        }
    }

    private MockHttpServletResponse attempt(String email, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", email).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn().getResponse();
    }
}
