package dev.augenhoehe.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.accounts.DemoWorkspaceCreated;
import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The conversations module's demo reaction: the demo engagement gets its first conversation and questions, and the
 * question a brief should answer is announced.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"accounts", "system"})
@ActiveProfiles({"test", "demo"})
class ConversationsModuleTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    ClientQuestions questions;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theDemoEngagementGetsItsConversationAndQuestions(Scenario scenario) {
        TestUser owner = TestAccounts.createWorkspace(context, "Demo Consulting");
        TransactionTemplate tx = new TransactionTemplate(transactions);
        // the clients module seeds the engagement; its event starts ours
        scenario.stimulate(() -> tx.executeWithoutResult(s -> context.publishEvent(
                        new DemoWorkspaceCreated(owner.workspaceId(), owner.userId()))))
                .andWaitForEventOfType(DemoConversationCreated.class)
                .matchingMappedValue(DemoConversationCreated::workspaceId, owner.workspaceId())
                .toArriveAndVerify(event -> {
                    ClientQuestion forBrief = questions.find(owner.workspaceId(), event.questionForBrief()).orElseThrow();
                    assertThat(forBrief.isOpen()).isTrue();
                    assertThat(questions.find(owner.workspaceId(), event.answeredQuestion())).get()
                            .extracting(ClientQuestion::status).isEqualTo(QuestionStatus.ANSWERED);
                    assertThat(questions.ofEngagement(owner.workspaceId(), event.engagementId())).hasSize(3);
                });
    }
}
