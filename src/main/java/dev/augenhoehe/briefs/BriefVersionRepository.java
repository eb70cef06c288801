package dev.augenhoehe.briefs;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Insert and read only: a published version never changes, so there is no update or delete here. */
interface BriefVersionRepository extends Repository<BriefVersion, Long> {

    /** A version as a step of its question's trail (without the content). */
    record Published(long workspaceId, long questionId, long briefId, int versionNumber,
            java.time.Instant publishedAt) {
    }

    BriefVersion save(BriefVersion version);

    @Query("select * from brief_version where brief_id = :briefId and workspace_id = :workspaceId"
            + " and version_number = :number")
    Optional<BriefVersion> findByWorkspaceIdAndBriefIdAndVersionNumber(long workspaceId, long briefId, int number);

    @Query("select * from brief_version where brief_id = :briefId and workspace_id = :workspaceId"
            + " order by version_number desc")
    List<BriefVersion> findByWorkspaceIdAndBriefIdOrderByVersionNumberDesc(long workspaceId, long briefId);

    /** Mapped by column index: the dashboard reads these for a hundred questions on every view. */
    @Query(value = """
            select b.workspace_id, b.question_id, v.brief_id, v.version_number, v.published_at from brief b
            join brief_version v on v.brief_id = b.id
            where b.question_id in (:questionIds)""", rowMapperClass = PublishedRows.class)
    List<Published> publishedForQuestions(Collection<Long> questionIds);

    final class PublishedRows implements org.springframework.jdbc.core.RowMapper<Published> {
        @Override
        public Published mapRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
            return new Published(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                    rs.getObject(5, java.time.OffsetDateTime.class).toInstant());
        }
    }

    // The workspace is checked here rather than in SQL: next to an equality on workspace_id, H2 ignores the IN list
    // for its index and read every row of the workspace (2 s for the dashboard of a large one). The ids come from
    // this workspace's questions; the filter keeps it so whatever a caller passes.
    default List<Published> publishedFor(long workspaceId, Collection<Long> questionIds) {
        return questionIds.isEmpty() ? List.of() : publishedForQuestions(questionIds).stream()
                .filter(p -> p.workspaceId() == workspaceId).toList();
    }
}
