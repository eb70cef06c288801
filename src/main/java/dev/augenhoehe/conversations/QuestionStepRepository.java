package dev.augenhoehe.conversations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Insert and read only: a step of the trail is history. */
interface QuestionStepRepository extends Repository<QuestionStep, Long> {

    QuestionStep save(QuestionStep step);

    List<QuestionStep> findByQuestionIdIn(Collection<Long> questionIds);

    // The workspace is checked here rather than in SQL: next to an equality on workspace_id, H2 ignores the IN list
    // for its index and read every row of the workspace (2 s for the dashboard of a large one). The ids come from
    // this workspace's questions; the filter keeps it so whatever a caller passes.
    default List<QuestionStep> findByWorkspaceIdAndQuestionIdIn(long workspaceId, Collection<Long> questionIds) {
        return questionIds.isEmpty() ? List.of() : findByQuestionIdIn(questionIds).stream()
                .filter(step -> step.workspaceId() == workspaceId).toList();
    }

    Optional<QuestionStep> findFirstByWorkspaceIdAndQuestionIdAndKindOrderByAtDesc(long workspaceId, long questionId,
            QuestionStep.Kind kind);
}
