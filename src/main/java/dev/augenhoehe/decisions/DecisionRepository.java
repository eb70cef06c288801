package dev.augenhoehe.decisions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DecisionRepository extends ListCrudRepository<Decision, Long> {

    Optional<Decision> findByIdAndWorkspaceId(long id, long workspaceId);

    // written out: the engagement page reads it on every view, and Spring Data built the derived SQL each time
    @org.springframework.data.jdbc.repository.query.Query("select * from decision where workspace_id ="
            + " :workspaceId and engagement_id = :engagementId order by number")
    List<Decision> findByWorkspaceIdAndEngagementIdOrderByNumber(long workspaceId, long engagementId);

    // Written out: the start page reads this on every view, and Spring Data built a derived query's SQL anew each
    // time (a fifth of the decisions section's cost with no decision at all)
    @Query("select * from decision where workspace_id = :workspaceId")
    List<Decision> findByWorkspaceId(long workspaceId);

    @Query("select * from decision where question_id in (:questionIds)")
    List<Decision> findByQuestionIdIn(java.util.Collection<Long> questionIds);

    // The workspace is checked here rather than in SQL: next to an equality on workspace_id, H2 ignores the IN list
    // for its index and read every row of the workspace (2 s for the dashboard of a large one). The ids come from
    // this workspace's questions; the filter keeps it so whatever a caller passes.
    default List<Decision> findByWorkspaceIdAndQuestionIdIn(long workspaceId, java.util.Collection<Long> questionIds) {
        return questionIds.isEmpty() ? List.of() : findByQuestionIdIn(questionIds).stream()
                .filter(d -> d.workspaceId() == workspaceId).toList();
    }

    boolean existsByWorkspaceIdAndOriginResponseId(long workspaceId, long responseId);

    @Query("select coalesce(max(number), 0) from decision where engagement_id = :engagementId")
    int maxNumber(long engagementId);
}
