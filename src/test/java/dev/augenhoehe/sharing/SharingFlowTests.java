package dev.augenhoehe.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.conversations.ClientQuestions;
import dev.augenhoehe.conversations.QuestionSource;
import dev.augenhoehe.conversations.TrailStep;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The whole stack on H2: compose, the client's page and forms, back to the consultant, confirm, PDF, revoke. */
@SpringBootTest(properties = "augenhoehe.sharing.requests-per-minute=100000")
@AutoConfigureMockMvc
@RecordApplicationEvents
class SharingFlowTests {

    static final Pattern LINK = Pattern.compile("/s/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ClientQuestions questions;

    @Autowired
    SharingTrail trail;

    TestUser ann;
    TestUser bob;
    long engagement;
    long question;
    long brief;

    @BeforeEach
    void aPublishedBrief() {
        ann = TestAccounts.setUpInstance(context, "Ann Consulting");
        bob = TestAccounts.createWorkspace(context, "Bob & Partner");
        engagement = SharingFixtures.engagement(jdbc, ann.workspaceId(), "Bäckerei Korn", "Online shop");
        question = SharingFixtures.question(jdbc, ann.workspaceId(), engagement, "Cloud or our own server?");
        brief = SharingFixtures.publish(jdbc, publisher, ann.workspaceId(), engagement, question, null,
                SharingFixtures.cloudBrief("Cloud or our own server?", 2), ann.userId());
    }

    @Test
    void theClientReadsChoosesAsksAndRatesAndTheConsultantConfirms() throws Exception {
        mvc.perform(as(ann, get("/engagements/" + engagement + "/shares/new"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cloud or our own server? (version 1)")));
        String token = compose(ann, engagement, brief + ":1");
        long shareId = SharingFixtures.shareId(jdbc, token);
        assertThat(jdbc.queryForObject("select token_hash from client_share where id = ?", String.class, shareId))
                .isEqualTo(Tokens.sha256(token)).doesNotContain(token);

        Document page = Jsoup.parse(mvc.perform(get("/s/" + token)).andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("h2").eachText()).contains("Cloud or our own server?");
        assertThat(page.select("details.term summary").eachText()).contains("cloud");
        assertThat(page.select("#knowhow dt").eachText()).contains("cloud");
        assertThat(page.select("table.comparison caption").text()).isEqualTo("The options at a glance");
        String formToken = page.select("input[name=formToken]").first().val();
        String shown = page.select("input[name=shown]").first().val();

        mvc.perform(post("/s/" + token + "/choose").param("formToken", formToken).param("brief", "" + brief)
                        .param("option", "1").param("comment", "<b>fine</b>").param("shown", shown))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/s/" + token + "/choose").param("formToken", formToken).param("brief", "" + brief)
                        .param("option", "0").param("comment", "Changed my mind").param("shown", shown))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from client_response where kind = 'CHOICE' and share_id = ?",
                Integer.class, shareId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select content_hash from client_response where kind = 'CHOICE' "
                + "and share_id = ?", String.class, shareId)).isEqualTo(shown).hasSize(64);
        mvc.perform(post("/s/" + token + "/ask").param("formToken", formToken).param("question",
                "Can we also deliver?")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/s/" + token + "/feedback").param("formToken", formToken).param("rating", "5")
                .param("text", "Clear and kind.")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/s/" + token + "/ask").param("formToken", "forged").param("question", "x"))
                .andExpect(status().is3xxRedirection());

        assertThat(questions.ofEngagement(ann.workspaceId(), engagement))
                .filteredOn(q -> q.source() == QuestionSource.LINK).extracting(q -> q.text())
                .containsExactly("Can we also deliver?");

        Document engagementPage = Jsoup.parse(mvc.perform(as(ann, get("/engagements/" + engagement)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(engagementPage.text()).contains("Shared with the client").contains("3 new");
        // the navigation shows every page that three responses wait in the inbox
        assertThat(engagementPage.select(".site-nav a[href=/responses]").text()).isEqualTo("Client responses 3 (3 new)");
        // the start page shows the eye-level score with what the client wrote; another workspace's does not
        Document start = Jsoup.parse(mvc.perform(as(ann, get("/"))).andReturn().getResponse().getContentAsString());
        assertThat(start.select("#score-heading").text()).isEqualTo("Eye-level score");
        assertThat(start.select("section.score").text()).contains("Average 5.0 from one answer").contains("Clear and kind.");
        assertThat(start.select("section.score svg[role=img]")).hasSize(1);
        // its open questions: the one asked on the link; the one the published brief answered is not open
        assertThat(start.select("#open-questions a").eachText()).contains("Can we also deliver?")
                .doesNotContain("Cloud or our own server?");
        assertThat(mvc.perform(as(bob, get("/"))).andReturn().getResponse().getContentAsString())
                .doesNotContain("score-heading");
        mvc.perform(as(ann, get("/shares/" + shareId))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chose: Rent in the cloud")))
                .andExpect(content().string(containsString("Clear and kind.")));
        mvc.perform(as(ann, get("/shares/" + shareId)).header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))));
        long response = jdbc.queryForObject("select id from client_response where kind = 'CHOICE' and share_id = ?",
                Long.class, shareId);
        mvc.perform(as(bob, post("/responses/" + response + "/confirm"))).andExpect(status().isNotFound());
        mvc.perform(as(ann, post("/responses/" + response + "/confirm"))).andExpect(status().is3xxRedirection());

        assertThat(events.stream(ClientChoiceConfirmed.class)).singleElement().satisfies(e -> {
            assertThat(e.questionId()).isEqualTo(question);
            assertThat(e.optionIndex()).isZero();
            assertThat(e.optionName()).isEqualTo("Rent in the cloud");
            assertThat(e.contentHash()).isEqualTo(shown);
            assertThat(e.confirmedBy()).isEqualTo(ann.userId());
        });
        assertThat(trail.steps(ann.workspaceId(), List.of(question))).extracting(TrailStep::effect)
                .contains(TrailStep.Effect.DECIDED, TrailStep.Effect.NONE);
        // what a status needs alone (the dashboard's read): the confirmation, not the share sent or the choice
        assertThat(trail.statusSteps(ann.workspaceId(), List.of(question))).extracting(TrailStep::effect)
                .containsExactly(TrailStep.Effect.DECIDED);
        assertThat(trail.statusSteps(bob.workspaceId(), List.of(question))).isEmpty();

        mvc.perform(post("/s/" + token + "/choose").param("formToken", formToken).param("brief", "" + brief)
                        .param("option", "1").param("shown", shown))
                .andExpect(header().string("Location", containsString("done=alreadyConfirmed")));
        mvc.perform(get("/s/" + token)).andExpect(content().string(containsString("Confirmed: Rent in the cloud")));

        byte[] pdf = mvc.perform(get("/s/" + token + "/pdf")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains("Cloud or our own server?", "A. Rent in the cloud", "B. Option 2 für Bäckereien",
                "€ 2,000", "Größe", "Know-how", "Computers you rent over the internet.", "/s/" + token);
        byte[] consultantPdf = mvc.perform(as(ann, get("/shares/" + shareId + "/pdf"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(consultantPdf)).contains("Cloud or our own server?").doesNotContain("/s/" + token);
        mvc.perform(as(ann, get("/briefs/" + brief + "/versions/1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/sharing/briefs/" + brief + "/versions/1/pdf")));
        byte[] versionPdf = mvc.perform(as(ann, get("/sharing/briefs/" + brief + "/versions/1/pdf")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(versionPdf)).contains("Cloud or our own server?", "A. Rent in the cloud");
        mvc.perform(as(bob, get("/sharing/briefs/" + brief + "/versions/1/pdf"))).andExpect(status().isNotFound());
    }

    @Test
    void expiredRevokedAndUnknownLinksLookTheSame() throws Exception {
        String revoked = compose(ann, engagement, brief + ":1");
        long revokedId = SharingFixtures.shareId(jdbc, revoked);
        mvc.perform(as(ann, post("/shares/" + revokedId + "/revoke"))).andExpect(status().is3xxRedirection());
        String expired = compose(ann, engagement, brief + ":1");
        jdbc.update("update client_share set expires_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), SharingFixtures.shareId(jdbc, expired));
        String unknown = Tokens.newToken();

        String a = gone(revoked);
        assertThat(gone(expired)).isEqualTo(a);
        assertThat(gone(unknown)).isEqualTo(a);
        assertThat(gone("short")).isEqualTo(a);
        assertThat(a).contains("This link does not work").contains("ask the person who sent it");
    }

    @Test
    void rotatingGivesANewLinkAndTheOldOneStops() throws Exception {
        String old = compose(ann, engagement, brief + ":1");
        long id = SharingFixtures.shareId(jdbc, old);
        MvcResult rotated = mvc.perform(as(ann, post("/shares/" + id + "/rotate"))).andReturn();
        String fresh = token((String) rotated.getFlashMap().get("issuedLink"));
        assertThat(fresh).isNotEqualTo(old);
        mvc.perform(get("/s/" + old)).andExpect(status().isNotFound());
        mvc.perform(get("/s/" + fresh)).andExpect(status().isOk());
    }

    @Test
    void aPinLocksTheLinkForAQuarterHourAfterFiveWrongTries() throws Exception {
        String token = compose(ann, engagement, brief + ":1");
        long id = SharingFixtures.shareId(jdbc, token);
        mvc.perform(as(ann, post("/shares/" + id + "/pin")).param("pin", "12345"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select pin_hash from client_share where id = ?", String.class, id)).isNull();
        mvc.perform(as(ann, post("/shares/" + id + "/pin")).param("pin", "246810"));
        String stored = jdbc.queryForObject("select pin_hash from client_share where id = ?", String.class, id);
        assertThat(stored).isNotNull().doesNotContain("246810");

        mvc.perform(get("/s/" + token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Please enter your PIN")))
                .andExpect(content().string(not(containsString("Cloud or our own server?"))));
        mvc.perform(get("/s/" + token + "/pdf")).andExpect(status().isNotFound());
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/s/" + token + "/pin").param("pin", "000000"))
                    .andExpect(header().string("Location", containsString("done=wrongPin")));
        }
        mvc.perform(post("/s/" + token + "/pin").param("pin", "000000"))
                .andExpect(header().string("Location", containsString("done=locked")));
        mvc.perform(post("/s/" + token + "/pin").param("pin", "246810"))
                .andExpect(header().string("Location", containsString("done=locked")))
                .andExpect(header().doesNotExist("Set-Cookie"));

        jdbc.update("update client_share set locked_until = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), id);
        MvcResult right = mvc.perform(post("/s/" + token + "/pin").param("pin", "246810")).andReturn();
        jakarta.servlet.http.Cookie proof = right.getResponse().getCookie(ClientPageController.PIN_COOKIE);
        assertThat(proof).isNotNull();
        assertThat(proof.getPath()).isEqualTo("/s/" + token);
        assertThat(proof.isHttpOnly()).isTrue();
        mvc.perform(get("/s/" + token).cookie(proof)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cloud or our own server?")));
    }

    @Test
    void anEditIsANewFrozenVersionAndTheClientSeesWhatChanged() throws Exception {
        String token = compose(ann, engagement, brief + ":1");
        long id = SharingFixtures.shareId(jdbc, token);
        SharingFixtures.publish(jdbc, publisher, ann.workspaceId(), engagement, question, brief,
                SharingFixtures.cloudBrief("Cloud or our own server?", 3), ann.userId());
        mvc.perform(as(ann, get("/shares/" + id))).andExpect(content().string(containsString("version 2 is published")));
        mvc.perform(as(ann, post("/shares/" + id)).param("title", "Online shop").param("language", "EN")
                        .param("recap", "We talked about your shop.").param("briefs", brief + ":2")
                        .param("changes", "A third option is new.").param("moveLink", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/s/" + token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Updated on")))
                .andExpect(content().string(containsString("A third option is new.")))
                .andExpect(content().string(containsString("C. Option 3")));
        assertThat(jdbc.queryForObject("select count(*) from client_share_version where share_id = ?",
                Integer.class, id)).isEqualTo(2);
    }

    @Test
    void foreignIdsAre404AndPagesAnswerFullAndHtmx() throws Exception {
        long id = SharingFixtures.shareId(jdbc, compose(ann, engagement, brief + ":1"));
        for (String path : List.of("/shares/" + id, "/shares/" + id + "/edit", "/engagements/" + engagement
                + "/shares/new", "/shares/" + id + "/pdf", "/shares/abc")) {
            mvc.perform(as(bob, get(path))).andExpect(status().isNotFound());
        }
        mvc.perform(as(bob, post("/shares/" + id + "/revoke"))).andExpect(status().isNotFound());
        mvc.perform(as(bob, post("/engagements/" + engagement + "/shares")).param("title", "x")
                .param("recap", "y")).andExpect(status().isNotFound());
        for (String path : List.of("/responses", "/sharing/score", "/settings/sharing")) {
            mvc.perform(as(ann, get(path))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("<html")));
        }
        mvc.perform(as(ann, get("/responses")).header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void aBriefOfAnotherEngagementCannotBeShared() throws Exception {
        long other = SharingFixtures.engagement(jdbc, ann.workspaceId(), "Metzgerei", "Website");
        mvc.perform(as(ann, post("/engagements/" + other + "/shares")).param("title", "Website")
                .param("language", "EN").param("recap", "Hello").param("briefs", brief + ":1"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOwnersLogoShowsOnTheClientPageAndTheCoverAndTheWorkspaceDefaultExpiryApplies() throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(60, 20,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/settings/sharing/logo").file("logo", png.toByteArray())
                        .with(user(ann.principal())).with(csrf()))
                .andExpect(header().string("Location", "/settings/sharing"));
        mvc.perform(as(ann, post("/settings/sharing")).param("expiryDays", "7"))
                .andExpect(status().is3xxRedirection());
        String token = compose(ann, engagement, brief + ":1");
        java.time.Instant expires = jdbc.queryForObject(
                "select expires_at from client_share where id = ?", java.sql.Timestamp.class,
                SharingFixtures.shareId(jdbc, token)).toInstant();
        assertThat(expires).isBetween(java.time.Instant.now().plus(java.time.Duration.ofDays(7)).minusSeconds(120),
                java.time.Instant.now().plus(java.time.Duration.ofDays(7)).plusSeconds(120));
        mvc.perform(get("/s/" + token)).andExpect(content().string(containsString("/s/" + token + "/logo")));
        mvc.perform(get("/s/" + token + "/logo")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"));
        mvc.perform(get("/s/" + token + "/pdf")).andExpect(status().isOk());
        TestUser consultant = TestAccounts.addConsultant(context, ann.workspaceId(), "Carl Consultant");
        mvc.perform(as(consultant, post("/settings/sharing")).param("expiryDays", "1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anSvgLogoIsDrawnOnThePdfCover() throws Exception {
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"60\" height=\"20\" viewBox=\"0 0 60 20\">"
                + "<rect width=\"60\" height=\"20\" fill=\"#ff0000\"/></svg>").getBytes(StandardCharsets.UTF_8);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/settings/sharing/logo").file(new org.springframework.mock.web.MockMultipartFile(
                                "logo", "logo.svg", "image/svg+xml", svg))
                        .with(user(ann.principal())).with(csrf()))
                .andExpect(header().string("Location", "/settings/sharing"));
        String token = compose(ann, engagement, brief + ":1");
        byte[] pdf = mvc.perform(get("/s/" + token + "/pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage cover = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImage(0, 0.5f);
            boolean red = false;
            for (int y = 0; y < cover.getHeight() && !red; y++) {
                for (int x = 0; x < cover.getWidth() && !red; x++) {
                    red = (cover.getRGB(x, y) & 0xffffff) == 0xff0000;
                }
            }
            assertThat(red).as("the logo's red rectangle is on the cover").isTrue();
        }
    }

    private String gone(String token) throws Exception {
        return mvc.perform(get("/s/" + token)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
    }

    String compose(TestUser user, long engagementId, String briefs) throws Exception {
        MvcResult result = mvc.perform(as(user, post("/engagements/" + engagementId + "/shares"))
                        .param("title", "Online shop").param("language", "EN")
                        .param("recap", "Thank you for our talk. We use the cloud for your shop.")
                        .param("message", "Dear Ms Korn, take your time.").param("briefs", briefs))
                .andExpect(status().is3xxRedirection()).andReturn();
        return token((String) result.getFlashMap().get("issuedLink"));
    }

    static String token(String link) {
        Matcher m = LINK.matcher(link);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static String pdfText(byte[] pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static MockHttpServletRequestBuilder as(TestUser user, MockHttpServletRequestBuilder request) {
        return request.with(user(user.principal())).with(csrf());
    }
}
