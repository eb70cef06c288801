package dev.augenhoehe.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** E-mail through a real SMTP conversation (GreenMail on a free loopback port): the link, and "your client answered". */
@SpringBootTest(properties = {"augenhoehe.sharing.mail-from=augenhoehe@example.com",
        "augenhoehe.sharing.base-url=https://augenhoehe.example.com", "augenhoehe.sharing.requests-per-minute=1000"})
@AutoConfigureMockMvc
class SharingMailTests {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher publisher;

    @Test
    void theLinkGoesOutByMailAndTheConsultantHearsWhenTheClientAnswers() throws Exception {
        TestUser ann = TestAccounts.setUpInstance(context, "Ann Consulting");
        long engagement = SharingFixtures.engagement(jdbc, ann.workspaceId(), "Bäckerei Korn", "Online shop");
        long question = SharingFixtures.question(jdbc, ann.workspaceId(), engagement, "Cloud?");
        long brief = SharingFixtures.publish(jdbc, publisher, ann.workspaceId(), engagement, question, null,
                SharingFixtures.cloudBrief("Cloud?", 2), ann.userId());
        MvcResult created = mvc.perform(post("/engagements/" + engagement + "/shares").with(user(ann.principal()))
                .with(csrf()).param("title", "Online shop").param("language", "EN").param("recap", "Recap.")
                .param("briefs", brief + ":1")).andReturn();
        String link = (String) created.getFlashMap().get("issuedLink");
        assertThat(link).startsWith("https://augenhoehe.example.com/s/");
        long shareId = SharingFixtures.shareId(jdbc, SharingFlowTests.token(link));

        mvc.perform(post("/shares/" + shareId + "/mail").with(user(ann.principal())).with(csrf())
                .param("link", "https://evil.example/s/" + Tokens.newToken()).param("to", "petra@example.com"));
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        mvc.perform(post("/shares/" + shareId + "/mail").with(user(ann.principal())).with(csrf())
                .param("link", link).param("to", "petra@example.com"));
        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage toClient = SMTP.getReceivedMessages()[0];
        assertThat(toClient.getAllRecipients()[0].toString()).isEqualTo("petra@example.com");
        assertThat(GreenMailUtil.getBody(toClient)).contains(SharingFlowTests.token(link));

        String token = SharingFlowTests.token(link);
        String formToken = jdbc.queryForObject("select form_token from client_share where id = ?", String.class,
                shareId);
        mvc.perform(post("/s/" + token + "/ask").param("formToken", formToken)
                .param("question", "<script>alert(1)</script> Can we deliver?"));
        assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage toConsultant = SMTP.getReceivedMessages()[1];
        assertThat(toConsultant.getAllRecipients()[0].toString()).isEqualTo(ann.email());
        String body = GreenMailUtil.getBody(toConsultant);
        assertThat(body).contains("https://augenhoehe.example.com/shares/" + shareId).doesNotContain("<script>");
    }
}
