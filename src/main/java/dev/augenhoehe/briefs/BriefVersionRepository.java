package dev.augenhoehe.briefs;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Insert and read only: a published version never changes, so there is no update or delete here. */
interface BriefVersionRepository extends Repository<BriefVersion, Long> {

    /** A version as a step of its question's trail (without the content). */
    record Published(long questionId, long briefId, int versionNumber, java.time.Instant publishedAt) {
    }

    BriefVersion save(BriefVersion version);

    Optional<BriefVersion> findByWorkspaceIdAndBriefIdAndVersionNumber(long workspaceId, long briefId, int number);

    List<BriefVersion> findByWorkspaceIdAndBriefIdOrderByVersionNumberDesc(long workspaceId, long briefId);

    @Query("""
            select b.question_id, v.brief_id, v.version_number, v.published_at from brief_version v
            join brief b on b.id = v.brief_id
            where v.workspace_id = :workspaceId and b.workspace_id = :workspaceId and b.question_id in (:questionIds)""")
    List<Published> publishedFor(long workspaceId, Collection<Long> questionIds);
}
