package dev.augenhoehe.accounts;

import java.time.Duration;
import org.awaitility.Awaitility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile on an empty instance: a workspace with clients, a first conversation, questions and a brief. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DemoDataTests {

    @Autowired
    AccountRepository accounts;

    @Autowired
    SetupState setupState;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seedsADemoWorkspaceWithAFreshPasswordAndSampleData() {
        assertThat(setupState.isSetUp()).isTrue();
        Account owner = accounts.findByEmail(DemoData.EMAIL).orElseThrow();
        assertThat(owner.role()).isEqualTo(Role.OWNER);
        assertThat(owner.passwordHash()).startsWith("{argon2id}");

        long workspace = owner.workspaceId();
        // each module seeds in reaction to the previous module's event, after its commit, on a worker thread
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(count("client", workspace)).isEqualTo(2);
            assertThat(count("engagement", workspace)).isEqualTo(2);
            assertThat(count("conversation", workspace)).isEqualTo(1);
            assertThat(count("client_question", workspace)).isEqualTo(3);
            assertThat(count("brief", workspace)).isEqualTo(1);
            assertThat(count("brief_version", workspace)).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
                    .query(Long.class).single()).as("every reaction completed").isZero();
        });
    }

    @Test
    void generatedPasswordsAreLongAndDifferent() {
        String first = DemoData.generatePassword();
        assertThat(first).hasSize(23).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");
        assertThat(PasswordPolicy.problem(first, DemoData.EMAIL)).isEmpty();
        assertThat(DemoData.generatePassword()).isNotEqualTo(first);
    }

    private long count(String table, long workspaceId) {
        return jdbc.sql("select count(*) from " + table + " where workspace_id = ?").param(workspaceId)
                .query(Long.class).single();
    }
}
