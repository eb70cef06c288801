package dev.augenhoehe.clients;

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

/** The clients module's demo reaction: a demo workspace gets its sample clients, then the engagement is announced. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"accounts", "system"})
@ActiveProfiles({"test", "demo"})
class ClientsModuleTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Engagements engagements;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aDemoWorkspaceGetsItsClientsAndTheEngagementIsAnnounced(Scenario scenario) {
        TestUser owner = TestAccounts.createWorkspace(context, "Demo Consulting");
        scenario.stimulate(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> context.publishEvent(
                        new DemoWorkspaceCreated(owner.workspaceId(), owner.userId()))))
                .andWaitForEventOfType(DemoEngagementCreated.class)
                .matchingMappedValue(DemoEngagementCreated::workspaceId, owner.workspaceId())
                .toArriveAndVerify(event -> {
                    assertThat(event.ownerId()).isEqualTo(owner.userId());
                    assertThat(engagements.find(owner.workspaceId(), event.engagementId())).get()
                            .extracting(EngagementRef::clientName).isEqualTo("Bäckerei Korn GmbH");
                });
    }
}
