package dev.augenhoehe.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo engagement has a decision log: an inherited decision and the one that supersedes it. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DemoDecisionsTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DecisionService decisions;

    @Autowired
    DecisionsTrail trail;

    @Test
    void seedsTwoDecisionsOneSupersedingTheOther() {
        // the demo seeds module by module, each on the previous module's event, after its commit
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from decision", Long.class) >= 2);
        long workspace = jdbc.queryForObject("select min(id) from workspace", Long.class);
        long engagement = jdbc.queryForObject("select min(engagement_id) from decision where workspace_id = ?",
                Long.class, workspace);
        List<DecisionView> log = decisions.ofEngagement(workspace, engagement);
        assertThat(log).hasSize(2);
        assertThat(log.get(0).status()).isEqualTo(DecisionStatus.SUPERSEDED);
        assertThat(log.get(0).fields().wasInherited()).isTrue();
        assertThat(log.get(0).links()).containsExactly(new Link(LinkType.SUPERSEDED_BY, log.get(1).id()));
        assertThat(log.get(1).links()).containsExactly(new Link(LinkType.SUPERSEDES, log.get(0).id()));
        assertThat(log.get(1).questionId()).isNotNull();
        assertThat(trail.steps(workspace, List.of(log.get(1).questionId()))).hasSize(1);
        assertThat(decisions.toRevisit(workspace)).extracting(DecisionView::id).containsExactly(log.get(1).id());
    }
}
