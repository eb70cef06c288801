package dev.augenhoehe.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.augenhoehe.accounts.TestAccounts.TestUser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Passwords of any Unicode up to 128 characters, in every form that sets one; old bcrypt hashes are upgraded. */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordFlowTests {

    /** 39 "ä" were enough for a 500 before (78 bytes); this one is 128 characters and 240 bytes. */
    static final String LONG_UNICODE = "Ölfäßer über Brücken " + "äöüß🙂".repeat(17) + "abcde";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountRepository accounts;

    @Test
    void longUnicodePasswordsWorkInTheTeamFormAndThePasswordChange() throws Exception {
        assertThat(LONG_UNICODE).hasSize(128);
        TestUser owner = TestAccounts.setUpInstance(context, "Long Passwords GmbH");
        String email = "long-" + owner.userId() + "@example.com";
        mvc.perform(post("/settings/team").with(csrf()).with(user(owner.principal()))
                        .param("name", "Lena Long").param("email", email).param("language", "DE")
                        .param("password", LONG_UNICODE))
                .andExpect(redirectedUrl("/settings"));
        assertThat(mvc.perform(formLogin("/login").user(email).password(LONG_UNICODE)).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/");

        mvc.perform(post("/profile/password").with(csrf()).with(user(owner.principal()))
                        .param("currentPassword", owner.password()).param("newPassword", LONG_UNICODE)
                        .param("confirmPassword", LONG_UNICODE))
                .andExpect(redirectedUrl("/profile"));
        mvc.perform(post("/profile/password").with(csrf()).with(user(owner.principal()))
                        .param("currentPassword", LONG_UNICODE).param("newPassword", LONG_UNICODE + "x")
                        .param("confirmPassword", LONG_UNICODE + "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("at most 128 characters")));
    }

    @Test
    void aBcryptHashIsReplacedByArgon2idAtTheNextSignIn() throws Exception {
        TestUser owner = TestAccounts.setUpInstance(context, "Old Hashes GmbH");
        Account stored = accounts.findById(owner.userId()).orElseThrow();
        accounts.save(stored.withPasswordHash("{bcrypt}" + new BCryptPasswordEncoder().encode(owner.password())));

        assertThat(mvc.perform(formLogin("/login").user(owner.email()).password(owner.password())).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(accounts.findById(owner.userId()).orElseThrow().passwordHash()).startsWith("{argon2id}");
        assertThat(mvc.perform(formLogin("/login").user(owner.email()).password(owner.password())).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/");
    }
}
