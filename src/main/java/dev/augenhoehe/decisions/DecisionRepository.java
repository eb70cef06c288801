package dev.augenhoehe.decisions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DecisionRepository extends ListCrudRepository<Decision, Long> {

    Optional<Decision> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Decision> findByWorkspaceIdAndEngagementIdOrderByNumber(long workspaceId, long engagementId);

    List<Decision> findByWorkspaceId(long workspaceId);

    List<Decision> findByWorkspaceIdAndQuestionIdIn(long workspaceId, java.util.Collection<Long> questionIds);

    boolean existsByWorkspaceIdAndOriginResponseId(long workspaceId, long responseId);

    @Query("select coalesce(max(number), 0) from decision where engagement_id = :engagementId")
    int maxNumber(long engagementId);
}
