package dev.augenhoehe.briefs;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface BriefRepository extends ListCrudRepository<Brief, Long> {

    // written out, like the two version queries: the brief page reads them on every view, and Spring Data built a
    // derived query's SQL anew on each call
    @Query("select * from brief where id = :id and workspace_id = :workspaceId")
    Optional<Brief> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Brief> findByWorkspaceIdAndQuestionIdOrderByIdAsc(long workspaceId, long questionId);

    List<Brief> findByWorkspaceIdAndIdIn(long workspaceId, java.util.Collection<Long> ids);

    /** What the trail and the lists of a question's briefs need: not the content, whose mapping was most of the time. */
    record Head(long id, long workspaceId, long questionId, int publishedVersion, java.time.Instant createdAt) {
    }

    @org.springframework.data.jdbc.repository.query.Query(value = "select id, workspace_id, question_id,"
            + " published_version, created_at from brief where question_id in (:questionIds)",
            rowMapperClass = HeadRows.class)
    List<Head> headsForQuestions(java.util.Collection<Long> questionIds);

    /** By column index: mapping by name was half the cost of these rows in the trails of the dashboard and lists. */
    final class HeadRows implements org.springframework.jdbc.core.RowMapper<Head> {
        @Override
        public Head mapRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
            return new Head(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                    rs.getObject(5, java.time.OffsetDateTime.class).toInstant());
        }
    }

    // The workspace is checked here rather than in SQL: next to an equality on workspace_id, H2 ignores the IN list
    // for its index and read every row of the workspace (2 s for the dashboard of a large one). The ids come from
    // this workspace's questions; the filter keeps it so whatever a caller passes.
    default List<Head> headsOf(long workspaceId, java.util.Collection<Long> questionIds) {
        return questionIds.isEmpty() ? List.of() : headsForQuestions(questionIds).stream()
                .filter(brief -> brief.workspaceId() == workspaceId).toList();
    }

    List<Brief> findByWorkspaceIdAndEngagementIdOrderByIdAsc(long workspaceId, long engagementId);

    /** A brief as the engagement page lists it: which question, how far published; not its content. */
    record Line(long id, long questionId, int publishedVersion, boolean changedSincePublish) {
        BriefState state() {
            return Brief.stateOf(publishedVersion, changedSincePublish);
        }
    }

    /** The engagement's briefs, oldest first, mapped by column index (whole briefs' content JSON was read before). */
    @org.springframework.data.jdbc.repository.query.Query(value = "select id, question_id, published_version,"
            + " changed_since_publish from brief where workspace_id = :workspaceId and engagement_id = :engagementId"
            + " order by id", rowMapperClass = LineRows.class)
    List<Line> linesOfEngagement(long workspaceId, long engagementId);

    final class LineRows implements org.springframework.jdbc.core.RowMapper<Line> {
        @Override
        public Line mapRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
            return new Line(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getBoolean(4));
        }
    }

    List<Brief> findTop100ByWorkspaceIdOrderByUpdatedAtDesc(long workspaceId);
}
