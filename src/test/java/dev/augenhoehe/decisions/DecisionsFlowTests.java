package dev.augenhoehe.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.conversations.TrailStep;
import dev.augenhoehe.sharing.ClientChoiceConfirmed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** The decision log through the whole stack on H2 (and PostgreSQL in the subclass). */
@SpringBootTest
@AutoConfigureMockMvc
class DecisionsFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DecisionService decisions;

    @Autowired
    DecisionsTrail trail;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    TestUser ann;
    TestUser bob;
    long engagement;
    Actor annActor;

    @BeforeEach
    void twoWorkspaces() {
        ann = TestAccounts.setUpInstance(context, "Ann Consulting");
        bob = TestAccounts.createWorkspace(context, "Bob & Partner");
        engagement = DecisionFixtures.engagement(jdbc, ann.workspaceId(), "Online shop");
        annActor = new Actor(ann.userId(), "Ann");
    }

    @Test
    void everyChangeIsAnEntryAndTheStateIsDerivedFromThem() {
        DecisionView first = decisions.record(ann.workspaceId(), engagement, DecisionFixtures.fields("Use a shop"),
                annActor);
        DecisionFields changed = new DecisionFields("Use a ready-made shop", DecisionStatus.ACCEPTED,
                first.fields().date(), "Petra Korn", "Jonas", "", "Context.", List.of("Cost"),
                first.fields().options(), "B", "It is quicker.", List.of("cheap"), List.of(), "", "", List.of("shop"),
                "", null, "");
        DecisionView second = decisions.edit(ann.workspaceId(), first.id(), first.version(), changed,
                new Actor(ann.userId(), "Ann again"));
        DecisionView third = decisions.edit(ann.workspaceId(), first.id(), second.version(),
                changed.withStatus(DecisionStatus.DEPRECATED), annActor);

        assertThat(first.numberLabel()).isEqualTo("0001");
        assertThat(third.fields()).isEqualTo(changed.withStatus(DecisionStatus.DEPRECATED));
        assertThat(third.history()).extracting(DecisionEntry::kind)
                .containsExactly(EntryKind.RECORDED, EntryKind.EDITED, EntryKind.EDITED);
        assertThat(third.history()).extracting(DecisionEntry::byName).containsExactly("Ann", "Ann again", "Ann");
        assertThat(FieldsJson.changes(third.history().get(1).changes()).keySet())
                .containsExactlyInAnyOrder("title", "chosen", "reasons");
        assertThat(FieldsJson.changes(third.history().get(2).changes())).containsOnlyKeys("status");
        // nothing is overwritten: every entry is a row of its own, and the first still says what was first
        assertThat(jdbc.queryForObject("select count(*) from decision_entry where decision_id = ?", Integer.class,
                first.id())).isEqualTo(3);
        assertThat(DecisionLog.derive(new Decision(first.id(), ann.workspaceId(), engagement, 1, null, null, null,
                null, 0), third.history().subList(0, 1)).fields()).isEqualTo(DecisionFixtures.fields("Use a shop"));
        // an edit on a stale version is refused rather than silently overwriting
        assertThatThrownBy(() -> decisions.edit(ann.workspaceId(), first.id(), first.version(),
                DecisionFixtures.fields("Lost update"), annActor))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(decisions.get(ann.workspaceId(), first.id()).fields().title()).isEqualTo("Use a ready-made shop");
        assertThatThrownBy(() -> decisions.get(bob.workspaceId(), first.id()))
                .isInstanceOf(dev.augenhoehe.system.NotFoundException.class);
    }

    @Test
    void supersedingWritesBothSidesInOneTransaction() {
        DecisionView old = decisions.record(ann.workspaceId(), engagement, DecisionFixtures.fields("Own server"),
                annActor);
        DecisionView next = decisions.record(ann.workspaceId(), engagement, DecisionFixtures.fields("Cloud"),
                annActor);

        // the other side changed since it was read: the whole link is refused, including the first side
        assertThatThrownBy(() -> decisions.link(ann.workspaceId(), next.id(), LinkType.SUPERSEDES, old.id(),
                annActor, old.version() - 1)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(decisions.get(ann.workspaceId(), next.id()).links()).isEmpty();
        assertThat(decisions.get(ann.workspaceId(), next.id()).history()).hasSize(1);
        assertThat(decisions.get(ann.workspaceId(), old.id()).status()).isEqualTo(DecisionStatus.ACCEPTED);

        decisions.link(ann.workspaceId(), next.id(), LinkType.SUPERSEDES, old.id(), annActor, old.version());
        DecisionView newer = decisions.get(ann.workspaceId(), next.id());
        DecisionView older = decisions.get(ann.workspaceId(), old.id());
        assertThat(newer.links()).containsExactly(new Link(LinkType.SUPERSEDES, old.id()));
        assertThat(older.links()).containsExactly(new Link(LinkType.SUPERSEDED_BY, next.id()));
        assertThat(older.status()).isEqualTo(DecisionStatus.SUPERSEDED);
        assertThat(older.history()).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.LINKED);
            assertThat(FieldsJson.changes(e.changes())).containsEntry("status", "SUPERSEDED");
        });
        // linked the other way round, from the old side, gives the same two links and nothing twice
        decisions.link(ann.workspaceId(), old.id(), LinkType.SUPERSEDED_BY, next.id(), annActor, null);
        assertThat(decisions.get(ann.workspaceId(), old.id()).history()).hasSize(older.history().size());
        assertThatThrownBy(() -> decisions.link(ann.workspaceId(), next.id(), LinkType.SUPERSEDES, next.id(),
                annActor, null)).isInstanceOf(DecisionRuleException.class);

        decisions.unlink(ann.workspaceId(), next.id(), LinkType.SUPERSEDES, old.id(), annActor);
        assertThat(decisions.get(ann.workspaceId(), old.id()).links()).isEmpty();
        assertThat(decisions.get(ann.workspaceId(), next.id()).links()).isEmpty();
        assertThat(decisions.get(ann.workspaceId(), old.id()).history()).hasSize(3);

        long otherEngagement = DecisionFixtures.engagement(jdbc, ann.workspaceId(), "Other");
        DecisionView elsewhere = decisions.record(ann.workspaceId(), otherEngagement,
                DecisionFixtures.fields("Elsewhere"), annActor);
        assertThatThrownBy(() -> decisions.link(ann.workspaceId(), next.id(), LinkType.RELATES_TO, elsewhere.id(),
                annActor, null)).isInstanceOf(DecisionRuleException.class);
    }

    @Test
    void aConfirmedChoiceBecomesAnAcceptedDecisionOnceWithTheBriefVersionAndHash() throws Exception {
        long question = DecisionFixtures.question(jdbc, ann.workspaceId(), engagement, "Cloud or own server?");
        long brief = DecisionFixtures.publishedBrief(jdbc, ann.workspaceId(), engagement, question,
                DecisionFixtures.content("Cloud or own server?"));
        ClientChoiceConfirmed event = new ClientChoiceConfirmed(ann.workspaceId(), engagement, question, 7L, 70L,
                brief, 1, 0, "Rent in the cloud", "Sounds good.", "ab".repeat(32),
                Instant.parse("2026-03-03T10:00:00Z"), ann.userId(), "Ann Example", Instant.parse("2026-03-03T11:00:00Z"));
        transactions.executeWithoutResult(tx -> events.publishEvent(event));
        DecisionView recorded = awaitDecisions(1).get(0);

        assertThat(recorded.status()).isEqualTo(DecisionStatus.ACCEPTED);
        assertThat(recorded.fields().title()).isEqualTo("Cloud or own server?");
        assertThat(recorded.fields().chosen()).isEqualTo("Rent in the cloud");
        assertThat(recorded.fields().reasons()).isEqualTo("It is safer and needs less care.");
        assertThat(recorded.fields().date()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(recorded.fields().options()).extracting(ConsideredOption::name)
                .containsExactly("Rent in the cloud", "Own server");
        assertThat(recorded.fields().options().get(0).good()).containsExactly("updates included", "quick to start");
        assertThat(recorded.fields().revisitOn()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(recorded.confirmation()).isEqualTo(new DecisionView.Confirmation(brief, 1, "ab".repeat(32),
                recorded.history().get(0).recordedAt()));
        assertThat(recorded.history()).singleElement().satisfies(e -> {
            assertThat(e.note()).isEqualTo("Sounds good.");
            assertThat(e.byName()).as("who confirmed, by name").isEqualTo("Ann Example");
        });
        assertThat(recorded.questionId()).isEqualTo(question);

        // the same event again (a redelivery after a crash) records nothing new
        context.getBean(ClientChoiceRecorder.class).record(event);
        assertThat(decisions.ofEngagement(ann.workspaceId(), engagement)).hasSize(1);

        List<TrailStep> steps = trail.steps(ann.workspaceId(), List.of(question));
        assertThat(steps).singleElement().satisfies(step -> {
            assertThat(step.effect()).isEqualTo(TrailStep.Effect.NONE);
            assertThat(step.messageKey()).isEqualTo("decisions.trail.recorded");
            assertThat(step.args()).containsExactly("0001");
            assertThat(step.href()).isEqualTo("/decisions/" + recorded.id());
        });
        assertThat(trail.steps(bob.workspaceId(), List.of(question))).isEmpty();
        assertThat(decisions.toRevisit(ann.workspaceId())).extracting(DecisionView::id).containsExactly(recorded.id());

        mvc.perform(as(ann, get("/decisions/" + recorded.id()))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("ab".repeat(32))));
    }

    @Test
    void revisitListsDecisionsInForceWithATriggerSoonestFirst() {
        DecisionFields base = DecisionFixtures.fields("x");
        DecisionView late = decisions.record(ann.workspaceId(), engagement, with(base, "Late", "", LocalDate.of(2027, 5, 1)), annActor);
        DecisionView soon = decisions.record(ann.workspaceId(), engagement, with(base, "Soon", "if it rains", LocalDate.of(2026, 4, 1)), annActor);
        DecisionView trigger = decisions.record(ann.workspaceId(), engagement, with(base, "Trigger only", "if orders grow", null), annActor);
        decisions.record(ann.workspaceId(), engagement, with(base, "No trigger", "", null), annActor);
        DecisionView replaced = decisions.record(ann.workspaceId(), engagement, with(base, "Replaced", "x", LocalDate.of(2026, 1, 1)), annActor);
        decisions.link(ann.workspaceId(), late.id(), LinkType.SUPERSEDES, replaced.id(), annActor, null);
        assertThat(decisions.toRevisit(ann.workspaceId())).extracting(DecisionView::id)
                .containsExactly(soon.id(), late.id(), trigger.id());
        assertThat(decisions.toRevisit(bob.workspaceId())).isEmpty();
    }

    @Test
    void exportImportExportGivesIdenticalFiles() throws Exception {
        Map<String, String> written = DecisionFixtures.files(DecisionFixtures.MADR4);
        long target = DecisionFixtures.engagement(jdbc, ann.workspaceId(), "Imported");
        importFiles(target, zip(written));
        Map<String, String> exported = export(target);
        assertThat(exported.keySet()).containsExactlyElementsOf(written.keySet());
        written.forEach((name, text) -> assertThat(exported.get(name)).as(name).isEqualTo(text));

        long again = DecisionFixtures.engagement(jdbc, ann.workspaceId(), "Imported again");
        byte[] zipped = exportBytes(target);
        importFiles(again, zipped);
        assertThat(exportBytes(again)).isEqualTo(zipped);

        List<DecisionView> imported = decisions.ofEngagement(ann.workspaceId(), target);
        assertThat(imported).extracting(DecisionView::status).containsExactly(DecisionStatus.SUPERSEDED,
                DecisionStatus.ACCEPTED, DecisionStatus.PROPOSED);
        assertThat(imported.get(0).links()).containsExactlyInAnyOrder(
                new Link(LinkType.SUPERSEDED_BY, imported.get(1).id()), new Link(LinkType.RELATES_TO, imported.get(2).id()));
        assertThat(imported.get(1).links()).containsExactlyInAnyOrder(
                new Link(LinkType.SUPERSEDES, imported.get(0).id()), new Link(LinkType.AMENDED_BY, imported.get(2).id()));
        assertThat(imported.get(0).history().get(0).kind()).isEqualTo(EntryKind.IMPORTED);
        assertThat(imported.get(0).fields().options().get(0).neutral()).containsExactly("the hardware is already there");
    }

    @Test
    void hostileTextInEveryFieldSurvivesTheRoundTripAndStaysInert() throws Exception {
        String hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) "
                + "\"quoted\" \\ back | pipe\n# Fake heading\n* Good, because injected\n---\nstatus: accepted\n"
                + "Chosen option: \"evil\", because\n\\# escaped\n../../etc/passwd";
        DecisionView d = decisions.record(ann.workspaceId(), engagement, DecisionFixtures.everywhere(hostile), annActor);
        Map<String, String> files = export(engagement);
        assertThat(files.keySet()).allMatch(name -> name.matches("[0-9a-z.-]+"));
        String file = files.get(d.fileName());
        // the front matter keeps its five keys plus ours: no value can add one
        String front = file.substring(4, file.indexOf("\n---\n"));
        assertThat(front.lines().map(l -> l.substring(0, l.indexOf(':')))).containsExactly("status", "date",
                "decision-makers", "consulted", "informed", "tags", "revisit-if", "revisit-on", "source");
        assertThat(file.lines().filter(l -> l.startsWith("# "))).hasSize(1);

        long target = DecisionFixtures.engagement(jdbc, ann.workspaceId(), "Hostile import");
        importFiles(target, exportBytes(engagement));
        DecisionView back = decisions.ofEngagement(ann.workspaceId(), target).get(0);
        assertThat(FieldsJson.map(back.fields())).containsExactlyEntriesOf(FieldsJson.map(d.fields()));
        assertThat(exportBytes(target)).isEqualTo(exportBytes(engagement));
    }

    Map<String, String> export(long engagementId) throws Exception {
        return unzip(exportBytes(engagementId));
    }

    byte[] exportBytes(long engagementId) throws Exception {
        MvcResult result = mvc.perform(as(ann, get("/engagements/" + engagementId + "/decisions/madr.zip")))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).isEqualTo("application/zip");
        return result.getResponse().getContentAsByteArray();
    }

    void importFiles(long engagementId, byte[] zip) throws Exception {
        MvcResult preview = mvc.perform(as(ann, multipart("/engagements/" + engagementId + "/decisions/import")
                .file(new MockMultipartFile("files", "decisions.zip", "application/zip", zip))))
                .andExpect(status().isOk()).andReturn();
        MadrImport.Preview plan = (MadrImport.Preview) preview.getModelAndView().getModel().get("preview");
        assertThat(plan.rejected()).isEmpty();
        assertThat(decisions.ofEngagement(ann.workspaceId(), engagementId)).isEmpty();
        mvc.perform(as(ann, post("/engagements/" + engagementId + "/decisions/import/" + plan.pendingId())))
                .andExpect(status().is3xxRedirection());
    }

    static byte[] zip(Map<String, String> files) {
        return MadrController.zip(files);
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    static DecisionFields with(DecisionFields f, String title, String revisitIf, LocalDate revisitOn) {
        return new DecisionFields(title, f.status(), f.date(), f.decisionMakers(), f.consulted(), f.informed(),
                f.context(), f.drivers(), f.options(), f.chosen(), f.reasons(), f.good(), f.bad(), f.confirmation(),
                f.moreInformation(), f.tags(), revisitIf, revisitOn, f.source());
    }

    List<DecisionView> awaitDecisions(int count) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<DecisionView> found = decisions.ofEngagement(ann.workspaceId(), engagement);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no decision recorded within 10 s");
    }

    static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(TestUser who, B request) {
        return request.with(user(who.principal())).with(csrf());
    }
}
