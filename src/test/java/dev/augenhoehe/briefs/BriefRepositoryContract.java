package dev.augenhoehe.briefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs on H2 and on PostgreSQL: the subclasses pick the database. */
abstract class BriefRepositoryContract {

    @Autowired
    BriefRepository briefs;

    @Autowired
    BriefVersionRepository versions;

    @Autowired
    JdbcTemplate jdbc;

    long workspace;
    long otherWorkspace;

    @BeforeEach
    void workspaces() {
        workspace = BriefFixtures.workspace(jdbc, "Acme");
        otherWorkspace = BriefFixtures.workspace(jdbc, "Other");
    }

    @Test
    void storesADraftWithItsOptionsInOrderAndScopesByWorkspace() {
        Brief saved = briefs.save(TestBriefs.publishable(workspace, 42));
        Brief found = briefs.findByIdAndWorkspaceId(saved.id(), workspace).orElseThrow();
        assertThat(found.options()).extracting(BriefOption::name).containsExactly("Rent in the cloud", "Own server");
        assertThat(found.options().get(1).risk()).isEqualTo("medium");
        assertThat(found.recommendation()).isZero();
        assertThat(found.language()).isEqualTo(saved.language());
        assertThat(found.version()).isNotNull();
        assertThat(briefs.findByIdAndWorkspaceId(saved.id(), otherWorkspace)).isEmpty();
        assertThat(briefs.findByWorkspaceIdAndQuestionIdOrderByIdAsc(workspace, 42)).hasSize(1);
        assertThat(briefs.findByWorkspaceIdAndQuestionIdOrderByIdAsc(otherWorkspace, 42)).isEmpty();
        assertThat(briefs.findByWorkspaceIdAndEngagementIdOrderByIdAsc(workspace, 1)).hasSize(1);
        assertThat(briefs.findTop100ByWorkspaceIdOrderByUpdatedAtDesc(workspace)).hasSize(1);
    }

    @Test
    void longTextsAndRemovedOptionsRoundTrip() {
        Brief saved = briefs.save(TestBriefs.publishable(workspace, 1));
        String huge = "Ä".repeat(10_000);
        Brief edited = briefs.save(saved.edited(new BriefEdit(huge, List.of(TestBriefs.option("Only", "high")), null,
                "We need to know more.", "", "", "", List.of("cloud"), List.of("api")), saved.version(), 7,
                Instant.now()));
        Brief found = briefs.findById(edited.id()).orElseThrow();
        assertThat(found.context()).hasSize(10_000);
        assertThat(found.options()).hasSize(1);
        assertThat(found.addedTermIds()).containsExactly("cloud");
        assertThat(found.removedTermIds()).containsExactly("api");
    }

    @Test
    void aStaleDraftCannotOverwriteANewerOne() {
        Brief saved = briefs.save(TestBriefs.publishable(workspace, 1));
        briefs.save(saved.edited(saved.edit(), saved.version(), 7L, Instant.now()));
        assertThatThrownBy(() -> briefs.save(saved.edited(saved.edit(), saved.version(), 8, Instant.now())))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void versionsAreKeptPerNumberAndNeverTwice() {
        Brief saved = briefs.save(TestBriefs.publishable(workspace, 1));
        versions.save(new BriefVersion(null, workspace, saved.id(), 1, "{\"question\":\"v1\"}", 7L, Instant.now()));
        versions.save(new BriefVersion(null, workspace, saved.id(), 2, "{\"question\":\"v2\"}", 7L, Instant.now()));
        assertThat(versions.findByWorkspaceIdAndBriefIdOrderByVersionNumberDesc(workspace, saved.id()))
                .extracting(BriefVersion::versionNumber).containsExactly(2, 1);
        assertThat(versions.findByWorkspaceIdAndBriefIdAndVersionNumber(workspace, saved.id(), 1)).get()
                .extracting(BriefVersion::content).isEqualTo("{\"question\":\"v1\"}");
        assertThat(versions.findByWorkspaceIdAndBriefIdAndVersionNumber(otherWorkspace, saved.id(), 1)).isEmpty();
        assertThatThrownBy(() -> versions.save(new BriefVersion(null, workspace, saved.id(), 2, "{}", 7L,
                Instant.now()))).isInstanceOf(DataIntegrityViolationException.class);
    }
}
