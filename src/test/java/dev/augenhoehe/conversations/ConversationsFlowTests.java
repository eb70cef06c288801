package dev.augenhoehe.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.knowledge.KnowledgeSearch;
import dev.augenhoehe.knowledge.SearchHit;
import dev.augenhoehe.knowledge.SearchKind;
import dev.augenhoehe.language.Language;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The whole stack on H2: client → engagement → conversation → notes → questions → answer, plus bad input and two
 * workspaces that never reach each other's data.
 */
// this test sets the instance up; tests that expect a fresh instance must not get this context after us
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class ConversationsFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    TestUser ann;
    TestUser bob;

    @BeforeEach
    void twoWorkspaces() {
        ann = TestAccounts.setUpInstance(context, "Ann Consulting");
        bob = TestAccounts.createWorkspace(context, "Bob & Partner");
    }

    @Test
    void firstConversationFromClientToAnsweredQuestion() throws Exception {
        long engagement = engagementOf(ann, "Müller Bäckerei GmbH", "New ordering system");
        long conversation = startConversation(ann, engagement);

        mvc.perform(as(ann, get("/conversations/" + conversation + "/live")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Budget")))
                .andExpect(content().string(containsString("What range did you have in mind?")));

        List<ConversationTopic> topics = context.getBean(ConversationService.class).topics(ann.workspaceId(),
                conversation);
        assertThat(topics).hasSize(13);
        ConversationTopic goal = topics.get(0);
        mvc.perform(as(ann, post(notes(conversation, goal.id())).param("notes", "Orders by **phone** <script>x</script>")
                        .param("notesVersion", String.valueOf(goal.notesVersion()))
                        .header("HX-Request", "true")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saved at")))
                .andExpect(content().string(containsString("hx-swap-oob")));
        mvc.perform(as(ann, post(notes(conversation, goal.id())).param("notes", "x".repeat(20_001))
                        .header("HX-Request", "true")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("too long")));

        mvc.perform(as(ann, post("/conversations/" + conversation + "/topics/" + topics.get(1).id() + "/coverage")
                        .param("coverage", "SETTLED").header("HX-Request", "true")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-pressed=\"true\"")));

        mvc.perform(as(ann, post("/conversations/" + conversation + "/questions").param("text", "Can we keep our old till?")
                        .param("askedBy", "Frau Müller").param("topicId", String.valueOf(goal.id()))
                        .header("HX-Request", "true")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Can we keep our old till?")));
        mvc.perform(as(ann, post("/conversations/" + conversation + "/questions").param("text", " ")
                        .header("HX-Request", "true")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please fill in this field.")));

        mvc.perform(as(ann, get("/conversations/" + conversation)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>phone</strong>")))
                .andExpect(content().string(not(containsString("<script>x"))))
                .andExpect(content().string(containsString("Budget: not discussed yet")))
                .andExpect(content().string(containsString("1 of 13 topics settled, 1 touched, 11 open.")));

        mvc.perform(as(ann, get("/engagements/" + engagement)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Can we keep our old till?")))
                .andExpect(content().string(containsString("Who decides: unknown")));

        long question = context.getBean(ClientQuestions.class).ofEngagement(ann.workspaceId(), engagement).get(0).id();
        mvc.perform(as(ann, post("/questions/" + question + "/answer").param("answer", "No.").param("reasons", "")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An answer without reasons leaves the client guessing.")));
        mvc.perform(as(ann, post("/questions/" + question + "/answer").param("answer", "Yes, for now.")
                        .param("reasons", "The till exports a daily CSV file that the new system can read.")))
                .andExpect(status().is3xxRedirection());
        assertThat(context.getBean(ClientQuestions.class).find(ann.workspaceId(), question)).get()
                .extracting(ClientQuestion::status).isEqualTo(QuestionStatus.ANSWERED);

        mvc.perform(as(ann, get("/")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Budget: not discussed yet")));

        // a typo and the wrong asker are corrected later; the trail keeps what was captured, the status stays
        ClientQuestions questions = context.getBean(ClientQuestions.class);
        int version = questions.editForm(ann.workspaceId(), question).version();
        mvc.perform(as(ann, post("/questions/" + question + "/edit").param("text", "Can we keep our old till system?")
                        .param("askedBy", "Herr Müller").param("version", String.valueOf(version))))
                .andExpect(status().is3xxRedirection());
        assertThat(questions.find(ann.workspaceId(), question)).get().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Can we keep our old till system?");
            assertThat(q.askedBy()).isEqualTo("Herr Müller");
            assertThat(q.status()).isEqualTo(QuestionStatus.ANSWERED);
        });
        mvc.perform(as(ann, get("/questions/" + question)))
                .andExpect(content().string(containsString(
                        "Corrected. Before it read: Can we keep our old till? (asked by Frau Müller)")));
        // the same form sent again is stale now: refused, the stored words shown, nothing overwritten
        mvc.perform(as(ann, post("/questions/" + question + "/edit").param("text", "Something else")
                        .param("askedBy", "").param("version", String.valueOf(version))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else corrected this question")));
        assertThat(questions.find(ann.workspaceId(), question)).get().extracting(ClientQuestion::text)
                .isEqualTo("Can we keep our old till system?");
        mvc.perform(as(bob, post("/questions/" + question + "/edit").param("text", "Bob's words")
                        .param("version", String.valueOf(version + 1))))
                .andExpect(status().isNotFound());
    }

    @Test
    void notesQuestionsAndClientsAreFoundByTheOneSearchOfTheirWorkspaceOnly() throws Exception {
        long engagement = engagementOf(ann, "Korn Feinkost KG", "Neuer Webshop");
        long conversation = startConversation(ann, engagement);
        ConversationTopic budget = context.getBean(ConversationService.class).topics(ann.workspaceId(), conversation)
                .stream().filter(t -> t.topicKey().equals("budget")).findFirst().orElseThrow();
        mvc.perform(as(ann, post(notes(conversation, budget.id())).param("notes", "Das Budget liegt bei 250.000 Euro.")
                .param("notesVersion", String.valueOf(budget.notesVersion())).header("HX-Request", "true")))
                .andExpect(status().isOk());
        mvc.perform(as(ann, post("/conversations/" + conversation + "/questions")
                .param("text", "Können wir die Kassensoftware behalten?").param("askedBy", "Petra Korn")
                .header("HX-Request", "true"))).andExpect(status().isOk());
        KnowledgeSearch search = context.getBean(KnowledgeSearch.class);

        SearchHit note = search.search(ann.workspaceId(), "250.000", Language.DE, 10).stream()
                .filter(h -> h.kind() == SearchKind.NOTE).findFirst().orElseThrow();
        assertThat(note.url()).isEqualTo("/conversations/" + conversation + "/live#topic-" + budget.id());
        assertThat(note.title()).extracting(SearchHit.Part::text).asString().contains("Korn Feinkost KG");
        assertThat(search.search(ann.workspaceId(), "Kassensoftware", Language.DE, 10))
                .extracting(SearchHit::kind).contains(SearchKind.QUESTION);
        assertThat(search.search(ann.workspaceId(), "Feinkost", Language.DE, 10))
                .extracting(SearchHit::kind).contains(SearchKind.CLIENT);
        mvc.perform(as(ann, get("/knowledge").param("q", "Budget 250.000"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Conversation notes")))
                .andExpect(content().string(containsString("/conversations/" + conversation + "/live#topic-")));
        // another workspace finds none of it
        assertThat(search.search(bob.workspaceId(), "250.000 Kassensoftware Feinkost", Language.DE, 10))
                .extracting(SearchHit::kind).doesNotContain(SearchKind.NOTE, SearchKind.QUESTION, SearchKind.CLIENT);

        // emptied notes leave the search
        ConversationTopic saved = context.getBean(ConversationService.class).topic(ann.workspaceId(), conversation,
                budget.id());
        mvc.perform(as(ann, post(notes(conversation, budget.id())).param("notes", "")
                .param("notesVersion", String.valueOf(saved.notesVersion())).header("HX-Request", "true")))
                .andExpect(status().isOk());
        assertThat(search.search(ann.workspaceId(), "250.000", Language.DE, 10)).extracting(SearchHit::kind)
                .doesNotContain(SearchKind.NOTE);
    }

    @Test
    void anotherWorkspacesIdsAreNotFound() throws Exception {
        long engagement = engagementOf(ann, "Ann's client", "Secret project");
        long conversation = startConversation(ann, engagement);
        long topic = context.getBean(ConversationService.class).topics(ann.workspaceId(), conversation).get(0).id();
        long client = context.getBean(dev.augenhoehe.clients.Engagements.class)
                .find(ann.workspaceId(), engagement).orElseThrow().clientId();
        mvc.perform(as(ann, post("/conversations/" + conversation + "/questions").param("text", "Ann's question?")))
                .andExpect(status().is3xxRedirection());
        long question = context.getBean(ClientQuestions.class).ofEngagement(ann.workspaceId(), engagement).get(0).id();

        for (String path : List.of("/clients/" + client, "/clients/" + client + "/edit", "/engagements/" + engagement,
                "/engagements/" + engagement + "/edit", "/engagements/" + engagement + "/conversations/new",
                "/conversations/" + conversation, "/conversations/" + conversation + "/live",
                "/conversations/" + conversation + "/edit", "/questions/" + question)) {
            mvc.perform(as(bob, get(path))).andExpect(status().isNotFound());
        }
        for (String path : List.of("/clients/" + client + "/archive", "/engagements/" + engagement + "/archive",
                "/conversations/" + conversation + "/topics/" + topic + "/coverage",
                "/questions/" + question + "/reopen")) {
            mvc.perform(as(bob, post(path).param("coverage", "SETTLED"))).andExpect(status().isNotFound());
        }
        mvc.perform(as(bob, post(notes(conversation, topic)).param("notes", "hijack").header("HX-Request", "true")))
                .andExpect(status().isNotFound());
        mvc.perform(as(bob, post("/conversations/" + conversation + "/questions").param("text", "Bob?")))
                .andExpect(status().isNotFound());
        mvc.perform(as(bob, post("/engagements/" + engagement + "/questions").param("text", "Bob?")))
                .andExpect(status().isNotFound());
        mvc.perform(as(bob, post("/questions/" + question + "/answer").param("answer", "Yes")
                .param("reasons", "because it is simply the best way"))).andExpect(status().isNotFound());
        mvc.perform(as(bob, post("/clients/" + client + "/engagements").param("title", "Steal").param("status", "LEAD")))
                .andExpect(status().isNotFound());
        mvc.perform(as(bob, get("/clients?q=Ann"))).andExpect(content().string(not(containsString("Ann's client"))));
        mvc.perform(as(bob, get("/engagements"))).andExpect(content().string(not(containsString("Secret project"))));
        mvc.perform(as(bob, get("/"))).andExpect(content().string(not(containsString("Ann's question?"))));
        assertThat(context.getBean(ConversationService.class).topic(ann.workspaceId(), conversation, topic).notes())
                .isNull();
    }

    @Test
    void badInputGivesFormErrorsOrNotFoundNeverAServerError() throws Exception {
        mvc.perform(as(ann, post("/clients").param("name", "").param("kind", "ORGANISATION")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Please fill in this field.")));
        mvc.perform(as(ann, post("/clients").param("name", "x".repeat(10_000)).param("kind", "ORGANISATION")
                        .param("notes", "y".repeat(10_000))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("at most 200 characters")));
        mvc.perform(as(ann, post("/clients").param("name", "Acme").param("kind", "ALIEN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("not valid")));
        mvc.perform(as(ann, post("/clients").param("name", "<b>Acme</b>").param("kind", "PERSON")
                        .param("email", "not-an-email").param("phone", "call me maybe")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("valid email address")))
                .andExpect(content().string(containsString("phone number")));
        mvc.perform(as(ann, get("/clients/abc"))).andExpect(status().isNotFound());
        mvc.perform(as(ann, get("/clients/999999"))).andExpect(status().isNotFound());
        mvc.perform(as(ann, get("/clients?page=abc&archived=maybe"))).andExpect(status().isOk());
        mvc.perform(as(ann, get("/engagements?status=NOPE&page=-3&q=%25_"))).andExpect(status().isOk());

        long engagement = engagementOf(ann, "Acme", "Shop");
        mvc.perform(as(ann, post("/engagements/" + engagement).param("title", "").param("status", "WHATEVER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("not valid")));
        mvc.perform(as(ann, post("/engagements/" + engagement).param("title", " ").param("status", "ACTIVE")
                        .param("history", "h".repeat(10_001))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Please fill in this field.")))
                .andExpect(content().string(containsString("at most 10,000 characters")));
        mvc.perform(as(ann, post("/engagements/" + engagement + "/conversations").param("kind", "FIRST")
                        .param("heldAt", "yesterday").param("language", "EN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("not valid")));
        mvc.perform(as(ann, post("/engagements/" + engagement + "/questions").param("text", "q".repeat(10_000))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(ann, get("/questions/abc"))).andExpect(status().isNotFound());
        mvc.perform(as(ann, post("/guide/topics").param("title", "t".repeat(10_000))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("at most 200 characters")));
    }

    @Test
    void theDashboardShowsEachChangeRightAfterTheWriteAndNeverAnotherWorkspacesQuestions() throws Exception {
        long engagement = engagementOf(ann, "Kiosk Yilmaz", "Kassensystem");
        long conversation = startConversation(ann, engagement);
        mvc.perform(as(ann, post("/conversations/" + conversation + "/questions").param("text", "Geht das offline?")
                .header("HX-Request", "true"))).andExpect(status().isOk());
        long question = context.getBean(ClientQuestions.class).ofEngagement(ann.workspaceId(), engagement).get(0).id();
        assertThat(openOnDashboard(ann)).containsExactly("Geht das offline?");
        assertThat(openOnDashboard(bob)).isEmpty();

        mvc.perform(as(ann, post("/questions/" + question + "/answer").param("answer", "Yes, for a day.")
                        .param("reasons", "The till keeps the sales and sends them once the line is back.")))
                .andExpect(status().is3xxRedirection());
        assertThat(openOnDashboard(ann)).as("answered a moment ago").isEmpty();

        mvc.perform(as(ann, post("/questions/" + question + "/reopen"))).andExpect(status().is3xxRedirection());
        assertThat(openOnDashboard(ann)).as("reopened a moment ago").containsExactly("Geht das offline?");

        // Bob's own question shows on his dashboard only
        long his = engagementOf(bob, "Bobs Kunde", "Webshop");
        mvc.perform(as(bob, post("/engagements/" + his + "/questions").param("text", "Bobs Frage?")))
                .andExpect(status().is3xxRedirection());
        assertThat(openOnDashboard(bob)).containsExactly("Bobs Frage?");
        assertThat(openOnDashboard(ann)).containsExactly("Geht das offline?");
    }

    @Test
    void theEngagementAndConversationPagesShowEachWriteOnTheNextViewAndNeverAnotherWorkspacesQuestions()
            throws Exception {
        long engagement = engagementOf(ann, "Kiosk Yilmaz", "Kassensystem");
        long conversation = startConversation(ann, engagement);
        mvc.perform(as(ann, post("/conversations/" + conversation + "/questions").param("text", "Geht das offline?")
                .param("askedBy", "Frau Yilmaz").header("HX-Request", "true"))).andExpect(status().isOk());
        mvc.perform(as(ann, post("/engagements/" + engagement + "/questions").param("text", "Was kostet das?")))
                .andExpect(status().is3xxRedirection());
        ClientQuestions questions = context.getBean(ClientQuestions.class);
        long offline = questions.ofEngagement(ann.workspaceId(), engagement).stream()
                .filter(q -> q.text().equals("Geht das offline?")).findFirst().orElseThrow().id();
        assertThat(page(ann, "/engagements/" + engagement).select("#questions .question-list li .badge").eachAttr("class"))
                .containsExactly("badge open", "badge open");
        assertThat(page(ann, "/engagements/" + engagement).select("#briefs li span").eachText())
                .containsExactlyInAnyOrder("Geht das offline?", "Was kostet das?");
        assertThat(conversationQuestions(ann, conversation)).containsExactly("Geht das offline?");

        // an answer shows on the next view of both pages, and the lines agree with the whole trails
        mvc.perform(as(ann, post("/questions/" + offline + "/answer").param("answer", "Yes, for a day.")
                        .param("reasons", "The till keeps the sales and sends them once the line is back.")))
                .andExpect(status().is3xxRedirection());
        org.jsoup.nodes.Document overview = page(ann, "/engagements/" + engagement);
        assertThat(overview.select("#questions .question-list li a").eachText())
                .as("open first").containsExactly("Was kostet das?", "Geht das offline?");
        assertThat(overview.select("#questions .question-list li .badge").eachAttr("class"))
                .containsExactly("badge open", "badge answered");
        assertThat(questions.linesOfEngagement(ann.workspaceId(), engagement))
                .extracting(QuestionLine::id, QuestionLine::status, QuestionLine::askedBy)
                .containsExactlyElementsOf(questions.ofEngagement(ann.workspaceId(), engagement).stream()
                        .map(q -> org.assertj.core.groups.Tuple.tuple(q.id(), q.status(), q.askedBy())).toList());
        assertThat(page(ann, "/conversations/" + conversation).select("section[aria-labelledby=cq-heading] li .badge")
                .eachAttr("class")).containsExactly("badge answered");

        // notes make a topic touched on the conversation and on the engagement alike, at once
        String before = overview.select("#conversations .coverage-count").text();
        ConversationTopic topic = context.getBean(ConversationService.class).topics(ann.workspaceId(), conversation)
                .get(0);
        mvc.perform(as(ann, post(notes(conversation, topic.id())).param("notes", "**Offline** a day")
                .param("notesVersion", "0").header("HX-Request", "true"))).andExpect(status().isOk());
        org.jsoup.nodes.Document summary = page(ann, "/conversations/" + conversation);
        String after = page(ann, "/engagements/" + engagement).select("#conversations .coverage-count").text();
        assertThat(after).isNotEqualTo(before).isEqualTo(summary.select("#coverage .coverage-count").text());
        assertThat(summary.select("#summary-" + topic.id() + " .rendered strong").text()).isEqualTo("Offline");

        // Bob sees none of it, and his own question stays on his pages
        long his = engagementOf(bob, "Bobs Kunde", "Webshop");
        mvc.perform(as(bob, post("/engagements/" + his + "/questions").param("text", "Bobs Frage?")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(bob, get("/engagements/" + engagement))).andExpect(status().isNotFound());
        mvc.perform(as(bob, get("/conversations/" + conversation))).andExpect(status().isNotFound());
        assertThat(page(bob, "/engagements/" + his).select("#questions .question-list li a").eachText())
                .containsExactly("Bobs Frage?");
        assertThat(page(ann, "/engagements/" + engagement).text()).doesNotContain("Bobs Frage?");
        assertThat(questions.linesOfEngagement(bob.workspaceId(), engagement)).isEmpty();
        assertThat(questions.linesOfConversation(bob.workspaceId(), conversation)).isEmpty();
    }

    @Test
    void aKeptEngagementPageTakesItsFormsWithTheViewersOwnTokenAndShowsAWriteAtOnce() throws Exception {
        long engagement = engagementOf(ann, "Kepler Optik", "Kassensystem");
        // the session (Spring Session's, by its cookie) holds the CSRF token the forms are checked against
        Cookie session = null;
        List<String> tokens = new java.util.ArrayList<>();
        for (int view = 0; view < 2; view++) { // the second view is the kept one: nothing was written in between
            MockHttpServletRequestBuilder request = get("/engagements/" + engagement).with(user(ann.principal()));
            var response = mvc.perform(session == null ? request : request.cookie(session)).andExpect(status().isOk())
                    .andReturn().getResponse();
            session = session == null ? response.getCookie("SESSION") : session;
            tokens.add(org.jsoup.Jsoup.parse(response.getContentAsString())
                    .select("#questions form input[name=_csrf]").val());
        }
        assertThat(session).isNotNull();
        assertThat(tokens).doesNotContain("").allSatisfy(token -> assertThat(token).doesNotStartWith("kept-csrf"));
        assertThat(tokens.get(0)).as("each view its own masking of the session's token").isNotEqualTo(tokens.get(1));

        // no test token here: the form's own field must carry the session's token
        mvc.perform(post("/engagements/" + engagement + "/questions").cookie(session).with(user(ann.principal()))
                        .param("_csrf", tokens.get(1)).param("text", "Geht das auch mit Karte?"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/engagements/" + engagement + "/questions").cookie(session).with(user(ann.principal()))
                        .param("_csrf", "kept-csrf-guess").param("text", "Und bar?"))
                .andExpect(status().isForbidden());
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/engagements/" + engagement).cookie(session)
                        .with(user(ann.principal()))).andReturn().getResponse().getContentAsString())
                .select("#questions .question-list li a").eachText()).containsExactly("Geht das auch mit Karte?");
    }

    private org.jsoup.nodes.Document page(TestUser who, String path) throws Exception {
        return org.jsoup.Jsoup.parse(mvc.perform(as(who, get(path))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private List<String> conversationQuestions(TestUser who, long conversation) throws Exception {
        return page(who, "/conversations/" + conversation).select("section[aria-labelledby=cq-heading] li a")
                .eachText();
    }

    private List<String> openOnDashboard(TestUser who) throws Exception {
        return org.jsoup.Jsoup.parse(mvc.perform(as(who, get("/"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).select("#open-questions a").eachText();
    }

    private long engagementOf(TestUser who, String clientName, String title) throws Exception {
        String clientLocation = mvc.perform(as(who, post("/clients").param("name", clientName)
                        .param("kind", "ORGANISATION")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String engagementLocation = mvc.perform(as(who, post(clientLocation + "/engagements").param("title", title)
                        .param("status", "LEAD")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(engagementLocation.substring(engagementLocation.lastIndexOf('/') + 1));
    }

    private long startConversation(TestUser who, long engagement) throws Exception {
        String location = mvc.perform(as(who, post("/engagements/" + engagement + "/conversations").param("kind", "FIRST")
                        .param("heldAt", "2025-03-04T10:30").param("participants", "Frau Müller").param("language", "EN")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.replaceAll("^/conversations/(\\d+)/live$", "$1"));
    }

    private static String notes(long conversation, long topic) {
        return "/conversations/" + conversation + "/topics/" + topic + "/notes";
    }

    private static MockHttpServletRequestBuilder as(TestUser who, MockHttpServletRequestBuilder request) {
        return request.with(user(who.principal())).with(csrf());
    }
}
