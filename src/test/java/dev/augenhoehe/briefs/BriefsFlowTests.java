package dev.augenhoehe.briefs;

import dev.augenhoehe.conversations.TrailStep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.conversations.ClientQuestions;
import dev.augenhoehe.conversations.QuestionStatus;
import dev.augenhoehe.language.Language;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The whole stack on H2: start, edit, conflict, publish (question answered, event), versions, bad input. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class BriefsFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BriefService briefs;

    @Autowired
    PublishedBriefs published;

    @Autowired
    ClientQuestions questions;

    @Autowired
    ApplicationEvents events;

    TestUser ann;
    TestUser bob;
    long question;

    @BeforeEach
    void twoWorkspaces() {
        ann = TestAccounts.setUpInstance(context, "Ann Consulting");
        bob = TestAccounts.createWorkspace(context, "Bob & Partner");
        long engagement = BriefFixtures.engagement(jdbc, ann.workspaceId());
        question = BriefFixtures.question(jdbc, ann.workspaceId(), engagement, "Cloud or our own server?");
    }

    @Test
    void publishingFreezesAVersionAnswersTheQuestionThroughItsTrailAndAnnouncesIt() {
        Brief brief = briefs.start(ann.workspaceId(), question, Language.EN, "cloud-vs-own-server", ann.userId());
        assertThat(questions.find(ann.workspaceId(), question).orElseThrow().status())
                .as("a draft does not answer").isEqualTo(QuestionStatus.OPEN);
        Brief v1 = briefs.publish(ann.workspaceId(), brief.id(), brief.version(), ann.userId(), null);

        assertThat(v1.publishedVersion()).isEqualTo(1);
        assertThat(questions.find(ann.workspaceId(), question)).get().satisfies(q -> {
            assertThat(q.status()).isEqualTo(QuestionStatus.ANSWERED);
            assertThat(q.trail()).extracting(TrailStep::messageKey)
                    .containsExactly("briefs.trail.started", "briefs.trail.published");
            assertThat(q.trail().get(1).href()).isEqualTo("/briefs/" + brief.id() + "/versions/1");
        });
        assertThat(jdbc.queryForList("select * from client_question where id = ?", question).get(0).values())
                .as("nothing of the brief is copied into the question")
                .noneMatch(v -> String.valueOf(v).contains("Rent in the cloud"));
        assertThat(events.stream(BriefPublished.class))
                .containsExactly(new BriefPublished(ann.workspaceId(), brief.id(), 1, question));

        assertThatThrownBy(() -> briefs.publish(ann.workspaceId(), brief.id(), v1.version(), ann.userId(), null))
                .as("an unchanged brief is not published again").isInstanceOf(BriefRuleException.class)
                .extracting(e -> ((BriefRuleException) e).problems()).asList()
                .containsExactly(PublishProblem.of(PublishProblem.Code.NOTHING_CHANGED));
        BriefContent changed = new BriefContent("", Language.EN, "New context.", v1.content().options(), 0, "",
                v1.content().reasons(), "", "", List.of());
        Brief draft = ((BriefService.SaveResult.Saved) briefs.save(ann.workspaceId(), brief.id(),
                v1.version(), changed, v1.knowhowChoices(), ann.userId())).brief();
        assertThat(draft.state()).isEqualTo(BriefState.CHANGED);
        BriefContent version1 = published.version(ann.workspaceId(), brief.id(), 1).orElseThrow().content();
        assertThat(version1.context()).startsWith("Your software needs a place to run");
        assertThat(version1.question()).isEqualTo("Cloud or our own server?");
        assertThat(version1.terms()).extracting(BriefContent.KnowhowTerm::id).contains("cloud");
        assertThat(published.latest(bob.workspaceId(), brief.id())).isEmpty();
    }

    @Test
    void aNewVersionShowsWhatChangedFieldByFieldAndTheConsultantsNote() throws Exception {
        Brief brief = briefs.start(ann.workspaceId(), question, Language.EN, "cloud-vs-own-server", ann.userId());
        Brief v1 = briefs.publish(ann.workspaceId(), brief.id(), brief.version(), ann.userId(), null);
        BriefContent was = v1.content();
        var first = was.options().get(0);
        var cheaper = new dev.augenhoehe.knowledge.DecisionOption(first.name(), first.meaning(), first.pros(),
                first.cons(), first.leadsTo(), first.effort(), "45 € a month", first.time(), first.risk(),
                first.riskReason());
        BriefContent now = TestBriefs.options(was, java.util.stream.Stream.concat(java.util.stream.Stream.of(cheaper),
                was.options().stream().skip(1)).toList());
        Brief draft = ((BriefService.SaveResult.Saved) briefs.save(ann.workspaceId(), brief.id(), v1.version(), now,
                v1.knowhowChoices(), ann.userId())).brief();

        mvc.perform(as(ann, post("/briefs/" + brief.id() + "/publish")).param("version", "" + draft.version())
                        .param("confirmed", "true").param("changeNote", "  Costs updated\n after our call  "))
                .andExpect(status().is3xxRedirection());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(as(ann,
                get("/briefs/" + brief.id() + "/versions/2"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.text()).contains("What changed: Costs updated after our call")
                .contains("Changes since version 1");
        assertThat(page.select("dl.changes dt")).extracting(org.jsoup.nodes.Element::text)
                .containsExactly("Option 1: Cost");
        assertThat(page.select("dl.changes .change-before").text()).contains(first.cost());
        assertThat(page.select("dl.changes .change-after").text()).contains("45 € a month");
        assertThat(mvc.perform(as(ann, get("/briefs/" + brief.id() + "/versions/1"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Changes since version");
    }

    @Test
    void aNewBriefSpeaksTheLanguageTheClientWasSpokenToInAndABlankOneDoesNotClaimACopiedTemplate() throws Exception {
        String german = "value=\"DE\" lang=\"de\" selected";
        mvc.perform(as(ann, get("/questions/" + question + "/briefs/new")))
                .andExpect(content().string(not(containsString(german))));
        long engagement = jdbc.queryForObject("select engagement_id from client_question where id = ?", Long.class,
                question);
        jdbc.update("insert into conversation (workspace_id, engagement_id, kind, held_at, language, guide_revision,"
                + " created_by, created_at, version) values (?, ?, 'FIRST', current_timestamp, 'DE', 1, ?,"
                + " current_timestamp, 0)", ann.workspaceId(), engagement, ann.userId());
        mvc.perform(as(ann, get("/questions/" + question + "/briefs/new")))
                .andExpect(content().string(containsString(german)));
        mvc.perform(as(ann, post("/questions/" + question + "/briefs")).param("template", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "briefs.started"));
        assertThat(briefs.ofQuestion(ann.workspaceId(), question)).singleElement()
                .extracting(Brief::language).isEqualTo(Language.DE);
    }

    @Test
    void aBriefWithoutReasonsIsNotPublishedAndNothingChanges() {
        Brief brief = briefs.start(ann.workspaceId(), question, Language.EN, "cloud-vs-own-server", ann.userId());
        BriefService.SaveResult saved = briefs.save(ann.workspaceId(), brief.id(), brief.version(),
                TestBriefs.reasons(brief.content(), 0, "", ""), brief.knowhowChoices(), ann.userId());
        Brief bare = ((BriefService.SaveResult.Saved) saved).brief();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> briefs.publish(ann.workspaceId(), bare.id(),
                bare.version(), ann.userId(), null)).isInstanceOf(BriefRuleException.class);
        assertThat(briefs.versions(ann.workspaceId(), bare.id())).isEmpty();
        assertThat(questions.find(ann.workspaceId(), question).orElseThrow().status()).isEqualTo(QuestionStatus.OPEN);
    }

    @Test
    void twoEditorsNeverOverwriteEachOtherSilently() throws Exception {
        Brief brief = briefs.start(ann.workspaceId(), question, Language.EN, null, ann.userId());
        String opened = String.valueOf(brief.version());
        mvc.perform(as(ann, post("/briefs/" + brief.id())).param("version", opened)
                .param("context", "Their text about the shop.")).andExpect(status().is3xxRedirection());
        mvc.perform(as(ann, post("/briefs/" + brief.id())).param("version", opened)
                        .param("context", "My own text about the shop.").header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this brief")))
                .andExpect(content().string(containsString("Their text about the shop.")))
                .andExpect(content().string(containsString("My own text about the shop.")));
        assertThat(briefs.brief(ann.workspaceId(), brief.id()).content().context()).isEqualTo("Their text about the shop.");
    }

    @Test
    void theEngagementPageShowsEachBriefsStateAndVersionRightAfterTheWrite() throws Exception {
        long engagement = jdbc.queryForObject("select engagement_id from client_question where id = ?", Long.class,
                question);
        org.jsoup.nodes.Element section = briefsSection(ann, engagement);
        assertThat(section.select("li a[href^=/briefs/]")).isEmpty();
        assertThat(section.select("h3 + ul li span").eachText()).containsExactly("Cloud or our own server?");

        Brief brief = briefs.start(ann.workspaceId(), question, Language.EN, "cloud-vs-own-server", ann.userId());
        section = briefsSection(ann, engagement);
        assertThat(section.select("li a[href=/briefs/" + brief.id() + "]").text()).isEqualTo("Cloud or our own server?");
        assertThat(section.select("li .badge").eachAttr("class")).containsExactly("badge open");
        assertThat(section.select("li .hint")).isEmpty();
        assertThat(section.select("h3")).as("the question has a brief now").isEmpty();

        Brief v1 = briefs.publish(ann.workspaceId(), brief.id(), brief.version(), ann.userId(), null);
        section = briefsSection(ann, engagement);
        assertThat(section.select("li .badge").eachAttr("class")).containsExactly("badge " + BriefState.PUBLISHED.cssClass());
        assertThat(section.select("li .hint").text()).contains("1");

        BriefContent changed = new BriefContent("", Language.EN, "New context.", v1.content().options(), 0, "",
                v1.content().reasons(), "", "", List.of());
        briefs.save(ann.workspaceId(), brief.id(), v1.version(), changed, v1.knowhowChoices(), ann.userId());
        assertThat(briefsSection(ann, engagement).select("li .badge").eachAttr("class"))
                .containsExactly("badge " + BriefState.CHANGED.cssClass());
        assertThat(briefs.linesOfEngagement(bob.workspaceId(), engagement)).isEmpty();
        mvc.perform(as(bob, get("/engagements/" + engagement))).andExpect(status().isNotFound());
    }

    private org.jsoup.nodes.Element briefsSection(TestUser who, long engagement) throws Exception {
        return org.jsoup.Jsoup.parse(mvc.perform(as(who, get("/engagements/" + engagement))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).getElementById("briefs");
    }

    @Test
    void pagesAnswerFullAndHtmxAndForeignIdsAre404() throws Exception {
        Brief brief = briefs.start(ann.workspaceId(), question, Language.EN, "cloud-vs-own-server", ann.userId());
        for (String path : List.of("/briefs", "/briefs/" + brief.id(), "/briefs/" + brief.id() + "/edit",
                "/briefs/" + brief.id() + "/publish", "/questions/" + question + "/briefs/new")) {
            mvc.perform(as(ann, get(path))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("<html")));
            mvc.perform(as(ann, get(path)).header("HX-Request", "true")).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<html"))));
        }
        mvc.perform(as(ann, get("/engagements/" + brief.engagementId()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Decision briefs")));
        for (String path : List.of("/briefs/" + brief.id(), "/briefs/" + brief.id() + "/edit",
                "/briefs/" + brief.id() + "/versions/1", "/questions/" + question + "/briefs/new",
                "/briefs/abc", "/briefs/99999999")) {
            mvc.perform(as(bob, get(path))).andExpect(status().isNotFound());
        }
        mvc.perform(as(bob, post("/briefs/" + brief.id())).param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(as(bob, post("/questions/" + question + "/briefs"))).andExpect(status().isNotFound());
        mvc.perform(as(ann, post("/questions/" + question + "/briefs")).param("template", "no-such-template"))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputNeverGivesA500() throws Exception {
        Brief brief = briefs.start(ann.workspaceId(), question, Language.EN, null, ann.userId());
        String id = String.valueOf(brief.id());
        String huge = "x".repeat(12_000);
        mvc.perform(as(ann, post("/briefs/" + id)).param("version", String.valueOf(brief.version()))
                .param("context", huge)).andExpect(status().isOk())
                .andExpect(content().string(containsString("at most")));
        mvc.perform(as(ann, post("/briefs/" + id)).param("version", "abc").param("recommendation", "7")
                .param("options[99999].name", "x").param("options[0].risk", "<b>").param("removeTerms", huge))
                .andExpect(status().isOk());
        mvc.perform(as(ann, post("/briefs/" + id)).param("version", String.valueOf(brief.version()))
                .param("context", "<script>alert(1)</script> [x](javascript:alert(1))")
                .param("action", "remove-option-abc")).andExpect(status().is3xxRedirection());
        mvc.perform(as(ann, get("/briefs/" + id))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("href=\"javascript"))));
        mvc.perform(as(ann, post("/briefs/" + id)).param("version", String.valueOf(
                briefs.brief(ann.workspaceId(), brief.id()).version())).param("removeOption", "99")
                .param("options[0].risk", "MEDIUM")).andExpect(status().is3xxRedirection());
        mvc.perform(as(ann, post("/briefs/" + id)).param("version", "1").param("options[0].risk", "bogus"))
                .andExpect(status().isOk());
        mvc.perform(as(ann, post("/briefs/" + id + "/publish")).param("version", "x"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(ann, post("/briefs/" + id + "/publish")).param("version", String.valueOf(
                briefs.brief(ann.workspaceId(), brief.id()).version()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Before you can publish")));
        mvc.perform(as(ann, post("/briefs/" + id)).param("version", String.valueOf(
                briefs.brief(ann.workspaceId(), brief.id()).version())).param("addTerm", "Zyxwvut"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not in the glossary")));
        mvc.perform(as(ann, get("/questions/" + question + "/briefs/new")).param("language", "<x>"))
                .andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder as(TestUser who, MockHttpServletRequestBuilder request) {
        return request.with(user(who.principal())).with(csrf());
    }
}
