package dev.augenhoehe.briefs;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface BriefRepository extends ListCrudRepository<Brief, Long> {

    Optional<Brief> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Brief> findByWorkspaceIdAndQuestionIdOrderByIdAsc(long workspaceId, long questionId);

    List<Brief> findByWorkspaceIdAndIdIn(long workspaceId, java.util.Collection<Long> ids);

    List<Brief> findByWorkspaceIdAndQuestionIdIn(long workspaceId, java.util.Collection<Long> questionIds);

    List<Brief> findByWorkspaceIdAndEngagementIdOrderByIdAsc(long workspaceId, long engagementId);

    List<Brief> findTop100ByWorkspaceIdOrderByUpdatedAtDesc(long workspaceId);
}
