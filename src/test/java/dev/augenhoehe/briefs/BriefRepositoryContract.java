package dev.augenhoehe.briefs;

import dev.augenhoehe.knowledge.DecisionOption;
import dev.augenhoehe.knowledge.Risk;
import dev.augenhoehe.language.Language;

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
@org.springframework.context.annotation.Import(BriefsConfig.class)
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
        assertThat(found.content()).isEqualTo(saved.content());
        assertThat(found.content().options()).extracting(DecisionOption::name)
                .containsExactly("Rent in the cloud", "Own server");
        assertThat(found.content().options().get(1).risk()).isEqualTo(Risk.MEDIUM);
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
        BriefContent content = new BriefContent("", Language.DE, huge, List.of(TestBriefs.option("Only", Risk.HIGH)),
                null, "We need to know more.", "", "", "", List.of());
        List<String> manyTerms = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "term-number-" + i).toList();
        Brief edited = briefs.save(saved.edited(content, new Brief.KnowhowChoices(manyTerms, List.of("api")),
                saved.version(), 7, Instant.now()));
        Brief found = briefs.findById(edited.id()).orElseThrow();
        assertThat(found.content().context()).hasSize(10_000);
        assertThat(found.content().options()).hasSize(1);
        assertThat(found.knowhowChoices().added()).as("bounded, never cut mid-id")
                .hasSize(Brief.KnowhowChoices.MAX).allMatch(id -> id.startsWith("term-number-"));
        assertThat(found.knowhowChoices().removed()).containsExactly("api");
    }

    @Test
    void aStaleDraftCannotOverwriteANewerOne() {
        Brief saved = briefs.save(TestBriefs.publishable(workspace, 1));
        briefs.save(TestBriefs.withContent(saved, saved.content()));
        assertThatThrownBy(() -> briefs.save(TestBriefs.withContent(saved, saved.content())))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void versionsAreKeptPerNumberAndNeverTwice() {
        Brief saved = briefs.save(TestBriefs.publishable(workspace, 1));
        BriefContent v1 = TestBriefs.publishableContent().forReading("v1", List.of());
        versions.save(new BriefVersion(null, workspace, saved.id(), 1, v1, 7L, Instant.now(), null));
        versions.save(new BriefVersion(null, workspace, saved.id(), 2, v1.forReading("v2", List.of()), 7L,
                Instant.now(), "Costs updated after the call"));
        assertThat(versions.findByWorkspaceIdAndBriefIdOrderByVersionNumberDesc(workspace, saved.id()))
                .extracting(BriefVersion::versionNumber).containsExactly(2, 1);
        assertThat(versions.findByWorkspaceIdAndBriefIdAndVersionNumber(workspace, saved.id(), 1)).get()
                .extracting(BriefVersion::content).isEqualTo(v1);
        assertThat(versions.findByWorkspaceIdAndBriefIdAndVersionNumber(workspace, saved.id(), 2)).get()
                .extracting(BriefVersion::changeNote).isEqualTo("Costs updated after the call");
        assertThat(versions.publishedFor(workspace, List.of(1L))).extracting(BriefVersionRepository.Published::versionNumber)
                .containsExactlyInAnyOrder(1, 2);
        assertThat(versions.publishedFor(otherWorkspace, List.of(1L))).isEmpty();
        assertThat(briefs.headsOf(workspace, List.of(1L))).extracting(BriefRepository.Head::id)
                .containsExactly(saved.id());
        assertThat(briefs.headsOf(otherWorkspace, List.of(1L))).isEmpty();
        assertThat(briefs.headsOf(workspace, List.of())).isEmpty();
        assertThat(versions.findByWorkspaceIdAndBriefIdAndVersionNumber(otherWorkspace, saved.id(), 1)).isEmpty();
        assertThatThrownBy(() -> versions.save(new BriefVersion(null, workspace, saved.id(), 2, v1, 7L,
                Instant.now(), null))).isInstanceOf(DataIntegrityViolationException.class);
    }
}
