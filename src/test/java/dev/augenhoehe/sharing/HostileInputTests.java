package dev.augenhoehe.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The client is anonymous: every field they fill in is treated as hostile. Seeded generated inputs (markup, script,
 * template syntax, control characters, bidi overrides, very long text) go into every client field; the consultant's
 * pages show them as text and run nothing, and the PDF still renders them as text.
 */
@SpringBootTest(properties = "augenhoehe.sharing.requests-per-minute=100000")
@AutoConfigureMockMvc
class HostileInputTests {

    private static final String[] PARTS = {"<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>",
        "<svg onload=alert(2)>", "[[${7*7}]]", "__${T(java.lang.Runtime).getRuntime()}__", "{{7*7}}", "&amp;&lt;",
        "</textarea><b>bold</b>", "javascript:alert(3)", "\u202Egnp.exe", "\u0000\u0001\u0008", "' OR 1=1 --",
        "ÄÖÜß €", "😀", "\r\n- list\n", "<!--", "]]>", "<?xml version='1.0'?>", "\uD800"};

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    ShareService shares;

    @Autowired
    dev.augenhoehe.clients.Engagements engagements;

    TestUser ann;
    long engagement;
    long brief;
    String token;
    String formToken;
    String shown;
    long shareId;

    /** Seeded, so a failure can be replayed: the same seed gives the same inputs. */
    static Stream<String> hostile() {
        Random random = new Random(20261201L);
        List<String> inputs = new ArrayList<>(List.of(PARTS));
        for (int i = 0; i < 6; i++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(5);
            for (int p = 0; p < parts; p++) {
                text.append(PARTS[random.nextInt(PARTS.length)]).append(random.nextBoolean() ? " " : "");
            }
            inputs.add(text.toString());
        }
        inputs.add("<b>" + "x".repeat(5000) + "</b>");
        return inputs.stream();
    }

    @BeforeEach
    void aShare() {
        ann = TestAccounts.setUpInstance(context, "Ann Consulting");
        engagement = SharingFixtures.engagement(jdbc, ann.workspaceId(), "Bäckerei Korn", "Online shop");
        long question = SharingFixtures.question(jdbc, ann.workspaceId(), engagement, "Cloud?");
        brief = SharingFixtures.publish(jdbc, publisher, ann.workspaceId(), engagement, question, null,
                SharingFixtures.cloudBrief("Cloud?", 2), ann.userId());
        ShareService.Issued issued = shares.compose(ann.workspaceId(),
                engagements.find(ann.workspaceId(), engagement).orElseThrow(), ann.userId(), "Ann",
                new ShareForm("Online shop", dev.augenhoehe.language.Language.EN, "Recap.", "",
                        List.of(brief + ":1"), null, "", ""));
        token = issued.token();
        formToken = issued.share().formToken();
        shareId = issued.share().id();
        shown = ClientPages.contentHash(shares.load(issued.share(), 1).briefs().get(0));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void everyClientFieldIsShownAsTextAndRunsNothing(String input) throws Exception {
        mvc.perform(post("/s/" + token + "/choose").param("formToken", formToken).param("brief", "" + brief)
                .param("option", "1").param("comment", input).param("shown", shown));
        mvc.perform(post("/s/" + token + "/more").param("formToken", formToken).param("brief", "" + brief)
                .param("question", input));
        mvc.perform(post("/s/" + token + "/ask").param("formToken", formToken).param("question", input));
        mvc.perform(post("/s/" + token + "/feedback").param("formToken", formToken).param("rating", "3")
                .param("text", input));
        // tampered fields are refused with the friendly page, never a server error
        for (String field : List.of("brief", "option", "rating")) {
            int status = mvc.perform(post("/s/" + token + (field.equals("rating") ? "/feedback" : "/choose"))
                    .param("formToken", formToken).param("brief", field.equals("brief") ? input : "" + brief)
                    .param("option", field.equals("option") ? input : "0").param("rating", input)
                    .param("shown", shown)).andReturn().getResponse().getStatus();
            assertThat(status).isLessThan(500);
        }
        String stored = ShareService.clip(input);
        assertThat(jdbc.queryForList("select text from client_response where share_id = ?", String.class, shareId))
                .contains(stored);

        for (String path : List.of("/shares/" + shareId, "/engagements/" + engagement, "/responses",
                "/sharing/score", "/s/" + token)) {
            boolean client = path.startsWith("/s/");
            String html = mvc.perform(client ? get(path) : get(path).with(user(ann.principal())).with(csrf()))
                    .andReturn().getResponse().getContentAsString();
            Document page = Jsoup.parse(html);
            assertThat(page.select("script").stream().map(Element::data)).as(path).noneMatch(s -> s.contains("alert"));
            assertThat(page.select("[onerror], [onload], svg[onload]")).as(path).isEmpty();
            assertThat(page.select("img[src=x]")).as(path).isEmpty();
            assertThat(html).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .doesNotContain(">49<").doesNotContain("java.lang.ProcessImpl");
        }
        String text = SharingFlowTests.pdfText(mvc.perform(get("/s/" + token + "/pdf")).andReturn().getResponse()
                .getContentAsByteArray());
        String visible = stored.replaceAll("\\s+", " ").strip();
        String probe = visible.length() > 20 ? visible.substring(0, 20) : visible;
        if (probe.chars().allMatch(c -> c < 0x2000 && c >= 0x20)) {
            assertThat(text.replaceAll("\\s+", " ")).contains(probe.strip());
        }
    }
}
