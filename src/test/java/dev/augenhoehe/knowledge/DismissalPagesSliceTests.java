package dev.augenhoehe.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.augenhoehe.accounts.Directory;
import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.WebSliceTest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Dismissing a finding from a panel, taking it back, and the owner's page, each as a full page and as htmx, in the
 * real shell. The table is a list in memory behind the repository; the rest (cache, engine, templates) is real.
 */
@WebSliceTest({KlartextController.class, DismissalController.class, DismissalsPageController.class})
@Import({LiveCheck.class, KlartextPanel.class, KlartextDismissals.class, DismissalPagesSliceTests.Config.class})
class DismissalPagesSliceTests {

    static final SignedInUser OWNER = TestAccounts.owner(1, 10);
    static final SignedInUser CONSULTANT = TestAccounts.consultant(1, 11);
    static final SignedInUser OTHER_WORKSPACE = TestAccounts.owner(2, 20);
    static final long KORN = 100;
    static final long OELZ = 101;
    static final long FOREIGN_CLIENT = 200;
    static final String TEXT = "We run your shop on a Kubernetes cluster.";

    @TestConfiguration
    static class Config {
        @Bean
        KnowledgeProperties knowledgeProperties() {
            return KnowledgeProperties.defaults();
        }

        @Bean
        dev.augenhoehe.language.Klartext klartext() {
            return dev.augenhoehe.language.Klartext.standard();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    KlartextDismissals dismissals;

    @MockitoBean
    WorkspaceGlossary glossary;

    @MockitoBean
    DismissalRepository repository;

    @MockitoBean
    DismissalClients clients;

    @MockitoBean
    Directory directory;

    final List<DismissalRow> table = new ArrayList<>();
    final AtomicLong ids = new AtomicLong(1);

    @BeforeEach
    void aTableInMemory() {
        given(glossary.workspaceTerms(anyLong())).willReturn(List.of());
        given(glossary.term(anyLong(), anyString())).willReturn(Optional.empty());
        Map<Long, String> names = Map.of(KORN, "Bäckerei Korn", OELZ, "Bäckerei Ölz");
        given(clients.name(anyLong(), anyLong())).willAnswer(i -> (long) i.getArgument(0) == 1
                ? Optional.ofNullable(names.get((long) i.getArgument(1))) : Optional.empty());
        given(clients.names(anyLong(), anyCollection())).willAnswer(i -> ((Collection<Long>) i.getArgument(1))
                .stream().filter(names::containsKey).collect(Collectors.toMap(c -> c, names::get)));
        given(directory.name(anyLong())).willReturn("Anna Beraterin");
        given(repository.save(any())).willAnswer(i -> {
            DismissalRow r = i.getArgument(0);
            DismissalRow saved = new DismissalRow(ids.getAndIncrement(), r.workspaceId(), r.clientId(), r.rule(),
                    r.subject(), r.reason(), r.createdBy(), r.createdAt());
            table.add(saved);
            return saved;
        });
        given(repository.findByWorkspaceIdOrderByCreatedAtDesc(anyLong())).willAnswer(i -> table.stream()
                .filter(r -> r.workspaceId() == (long) i.getArgument(0)).toList());
        given(repository.findByIdAndWorkspaceId(anyLong(), anyLong())).willAnswer(i -> table.stream()
                .filter(r -> r.id() == (long) i.getArgument(0) && r.workspaceId() == (long) i.getArgument(1))
                .findFirst());
        given(repository.findForClient(anyLong(), anyLong(), anyString(), anyString())).willAnswer(i -> table.stream()
                .filter(r -> r.workspaceId() == (long) i.getArgument(0) && r.clientId() != null
                        && r.clientId() == (long) i.getArgument(1) && r.rule().equals(i.getArgument(2))
                        && r.subject().equals(i.getArgument(3))).findFirst());
        given(repository.findForWorkspace(anyLong(), anyString(), anyString())).willAnswer(i -> table.stream()
                .filter(r -> r.workspaceId() == (long) i.getArgument(0) && r.clientId() == null
                        && r.rule().equals(i.getArgument(1)) && r.subject().equals(i.getArgument(2))).findFirst());
        org.mockito.BDDMockito.willAnswer(i -> table.remove((DismissalRow) i.getArgument(0))).given(repository)
                .delete(any());
    }

    MockHttpServletRequestBuilder check(SignedInUser who, Long client) {
        MockHttpServletRequestBuilder request = post("/klartext/check").with(user(who)).with(csrf())
                .header("HX-Request", "true").header("HX-Current-URL", "http://localhost/briefs/5/edit")
                .param("text", TEXT).param("lang", "en").param("panel", "kt-f-context");
        return client == null ? request : request.param("client", String.valueOf(client));
    }

    MockHttpServletRequestBuilder dismiss(SignedInUser who, long client, boolean htmx) {
        MockHttpServletRequestBuilder request = post("/klartext/dismissals").with(user(who)).with(csrf())
                .param("client", String.valueOf(client)).param("rule", "jargon.term").param("subject", "kubernetes")
                .param("reason", "knows-term").param("shown", "Kubernetes").param("back", "/briefs/5/edit")
                .param("text", TEXT).param("lang", "en").param("panel", "kt-f-context");
        return htmx ? request.header("HX-Request", "true").header("HX-Current-URL", "http://localhost/briefs/5/edit")
                : request;
    }

    @Test
    void aFindingForAKnownClientHasADismissControlWithItsReason() throws Exception {
        mvc.perform(check(CONSULTANT, KORN))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Dismiss: Bäckerei Korn knows &quot;Kubernetes cluster&quot;")))
                .andExpect(content().string(containsString("hx-post=\"/klartext/dismissals\"")))
                .andExpect(content().string(containsString("data-reason=\"knows-term\"")))
                // without JavaScript the same control is a link to the page that asks once, and back
                .andExpect(content().string(containsString("href=\"/klartext/dismissals/new?client=100&amp;rule=jargon.term&amp;subject=kubernetes&amp;reason=knows-term")))
                .andExpect(content().string(containsString("back=/briefs/5/edit")));
        // no client, no control: a dismissal is always for someone
        mvc.perform(check(CONSULTANT, null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kubernetes")))
                .andExpect(content().string(not(containsString("Dismiss:"))));
    }

    @Test
    void aClientOfAnotherWorkspaceIsNotFound() throws Exception {
        mvc.perform(check(CONSULTANT, FOREIGN_CLIENT)).andExpect(status().isNotFound());
        mvc.perform(check(OTHER_WORKSPACE, KORN)).andExpect(status().isNotFound());
        mvc.perform(dismiss(OTHER_WORKSPACE, KORN, true)).andExpect(status().isNotFound());
        mvc.perform(get("/klartext/dismissals/new").with(user(CONSULTANT)).param("client", "200")
                .param("rule", "jargon.term").param("subject", "kubernetes").param("reason", "knows-term"))
                .andExpect(status().isNotFound());
        assertThat(table).isEmpty();
    }

    @Test
    void dismissingWithHtmxAnswersThePanelWithoutTheFindingAndOffersUndo() throws Exception {
        mvc.perform(dismiss(CONSULTANT, KORN, true))
                .andExpect(status().isOk())
                .andExpect(view().name(KlartextController.RESULT))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Klartext no longer flags &quot;Kubernetes&quot; in texts for Bäckerei Korn.")))
                .andExpect(content().string(containsString("Undo")))
                .andExpect(content().string(containsString("One finding is not shown")))
                .andExpect(content().string(not(containsString("<mark"))));
        assertThat(table).singleElement().satisfies(r -> {
            assertThat(r.clientId()).isEqualTo(KORN);
            assertThat(r.rule()).isEqualTo("jargon.term");
            assertThat(r.reason()).isEqualTo(DismissalReason.KNOWS_TERM);
            assertThat(r.createdBy()).isEqualTo(11L);
        });
        // the same again keeps one row
        mvc.perform(dismiss(CONSULTANT, KORN, true)).andExpect(status().isOk());
        assertThat(table).hasSize(1);
        // for the other client the finding is still there
        mvc.perform(check(CONSULTANT, OELZ)).andExpect(content().string(containsString("<mark")));
        mvc.perform(check(CONSULTANT, KORN)).andExpect(content().string(not(containsString("<mark"))));

        long id = table.get(0).id();
        // another member may not take it back; another workspace does not find it
        mvc.perform(post("/klartext/dismissals/" + id + "/undo").with(user(TestAccounts.consultant(1, 12)))
                .with(csrf()).header("HX-Request", "true")).andExpect(status().isForbidden());
        mvc.perform(post("/klartext/dismissals/" + id + "/undo").with(user(OTHER_WORKSPACE)).with(csrf())
                .header("HX-Request", "true")).andExpect(status().isNotFound());
        mvc.perform(post("/klartext/dismissals/" + id + "/undo").with(user(CONSULTANT)).with(csrf())
                        .header("HX-Request", "true").header("HX-Current-URL", "http://localhost/briefs/5/edit")
                        .param("text", TEXT).param("lang", "en").param("panel", "kt-f-context")
                        .param("client", String.valueOf(KORN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Taken back: Klartext flags it again.")))
                .andExpect(content().string(containsString("<mark")));
        assertThat(table).isEmpty();
    }

    @Test
    void withoutJavaScriptTheLinkAsksOnceAndTheFormLeadsBack() throws Exception {
        mvc.perform(get("/klartext/dismissals/new").with(user(CONSULTANT)).param("client", "100")
                        .param("rule", "tone.obviously").param("subject", "obviously").param("reason", "not-meant")
                        .param("shown", "Obviously").param("back", "/briefs/5/edit"))
                .andExpect(status().isOk())
                .andExpect(view().name(DismissalController.CONFIRM))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Klartext will no longer flag &quot;Obviously&quot; in texts for Bäckerei Korn, because you did not mean it that way.")))
                .andExpect(content().string(containsString("name=\"back\" value=\"/briefs/5/edit\"")));
        mvc.perform(dismiss(CONSULTANT, KORN, false))
                .andExpect(redirectedUrl("/briefs/5/edit"))
                .andExpect(flash().attribute("flash", "knowledge.dismiss.done"));
        assertThat(table).hasSize(1);
        // a way off the site is never where it leads
        for (String away : List.of("//evil.example/x", "https://evil.example/x", "/klartext/check")) {
            mvc.perform(post("/klartext/dismissals").with(user(CONSULTANT)).with(csrf())
                            .param("client", String.valueOf(OELZ)).param("rule", "jargon.term")
                            .param("subject", "kubernetes").param("reason", "knows-term").param("back", away))
                    .andExpect(redirectedUrl("/klartext"));
        }
        // what the engine never writes is refused
        mvc.perform(get("/klartext/dismissals/new").with(user(CONSULTANT)).param("client", "100")
                .param("rule", "jargon.term").param("subject", "").param("reason", "knows-term"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/klartext/dismissals/new").with(user(CONSULTANT)).param("client", "100")
                .param("rule", "DROP TABLE").param("subject", "x").param("reason", "knows-term"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/klartext/dismissals/new").with(user(CONSULTANT)).param("client", "100")
                .param("rule", "jargon.term").param("subject", "x").param("reason", "because"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theOwnerSeesDismissalsPerRuleFullAndHtmxAMemberMayNot() throws Exception {
        dismissals.dismiss(1, KORN, "jargon.term", "kubernetes", DismissalReason.KNOWS_TERM, 11);
        dismissals.dismiss(1, OELZ, "jargon.term", "kubernetes", DismissalReason.KNOWS_TERM, 11);
        DismissalRow obviously = dismissals.dismiss(1, KORN, "tone.obviously", "obviously",
                DismissalReason.NOT_MEANT, 11);

        mvc.perform(get("/settings/klartext").with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(view().name(DismissalsPageController.VIEW))
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Dismissed findings")))
                .andExpect(content().string(containsString("A technical term from the glossary, not explained")))
                .andExpect(content().string(containsString("Dismissed 2 times, for 2 clients.")))
                .andExpect(content().string(containsString("Implying the client should know")))
                .andExpect(content().string(containsString("Dismissed once, for one client.")))
                .andExpect(content().string(containsString("Anna Beraterin")))
                .andExpect(content().string(containsString("Dismiss &quot;obviously&quot; for every client")));
        mvc.perform(get("/settings/klartext").with(user(OWNER)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name(DismissalsPageController.LIST))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"dismissals\"")));
        mvc.perform(get("/settings/klartext").with(user(CONSULTANT))).andExpect(status().isForbidden());
        mvc.perform(post("/settings/klartext/" + obviously.id() + "/delete").with(user(CONSULTANT)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/settings/klartext/" + obviously.id() + "/delete").with(user(OTHER_WORKSPACE)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/settings/klartext/" + obviously.id() + "/widen").with(user(OTHER_WORKSPACE)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/settings/klartext/abc/delete").with(user(OWNER)).with(csrf()))
                .andExpect(status().isNotFound());

        // widened: silent for a client nobody dismissed it for
        mvc.perform(post("/settings/klartext/" + obviously.id() + "/widen").with(user(OWNER)).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dismissed for the whole workspace.")))
                .andExpect(content().string(containsString("The whole workspace")));
        assertThat(dismissals.applying(1, OELZ)).contains(new dev.augenhoehe.language.Dismissal("tone.obviously", "obviously"));
        assertThat(dismissals.applying(2, OELZ)).isEmpty();

        mvc.perform(post("/settings/klartext/" + obviously.id() + "/delete").with(user(OWNER)).with(csrf()))
                .andExpect(redirectedUrl("/settings/klartext"))
                .andExpect(flash().attribute("flash", "knowledge.dismissals.removed"));
        assertThat(table).noneMatch(r -> r.id() == obviously.id());
    }
}
