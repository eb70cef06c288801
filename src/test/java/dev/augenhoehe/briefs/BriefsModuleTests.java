package dev.augenhoehe.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.conversations.DemoConversationCreated;
import dev.augenhoehe.language.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The briefs module with what it depends on: the events it publishes and the one it reacts to, as the Modulith
 * examples test them (stimulate, then wait for the event or the state change it leads to).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"accounts", "system"})
@ActiveProfiles({"test", "demo"})
class BriefsModuleTests {

    @Autowired
    BriefService briefs;

    @Autowired
    BriefRepository repository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void publishingAnnouncesBriefPublished(Scenario scenario) {
        TestUser ann = TestAccounts.createWorkspace(context, "Ann Consulting");
        long question = BriefFixtures.question(jdbc, ann.workspaceId(),
                BriefFixtures.engagement(jdbc, ann.workspaceId()), "Cloud or our own server?");
        Brief draft = briefs.start(ann.workspaceId(), question, Language.EN, "cloud-vs-own-server", ann.userId());

        scenario.stimulate(() -> briefs.publish(ann.workspaceId(), draft.id(), draft.version(), ann.userId(), null))
                .andWaitForEventOfType(BriefPublished.class)
                .matchingMappedValue(BriefPublished::briefId, draft.id())
                .toArriveAndVerify(event -> {
                    assertThat(event.version()).isEqualTo(1);
                    assertThat(event.questionId()).isEqualTo(question);
                    assertThat(event.workspaceId()).isEqualTo(ann.workspaceId());
                });
    }

    @Test
    void theDemoConversationGetsAPublishedBriefAndThatIsAnnounced(Scenario scenario) {
        TestUser ann = TestAccounts.createWorkspace(context, "Demo Consulting");
        long engagement = BriefFixtures.engagement(jdbc, ann.workspaceId());
        long question = BriefFixtures.question(jdbc, ann.workspaceId(), engagement,
                "Soll unser Shop in der Cloud laufen?");
        TransactionTemplate tx = new TransactionTemplate(transactions);

        scenario.stimulate(() -> tx.executeWithoutResult(s -> context.publishEvent(
                        new DemoConversationCreated(ann.workspaceId(), ann.userId(), engagement, 0, question, question))))
                .andWaitForEventOfType(DemoBriefPublished.class)
                .matchingMappedValue(DemoBriefPublished::engagementId, engagement)
                .toArriveAndVerify(event -> {
                    Brief brief = repository.findByIdAndWorkspaceId(event.briefId(), ann.workspaceId()).orElseThrow();
                    assertThat(brief.questionId()).isEqualTo(question);
                    assertThat(brief.templateKey()).isEqualTo(DemoBrief.TEMPLATE);
                    assertThat(brief.publishedVersion()).isEqualTo(1);
                });
    }
}
