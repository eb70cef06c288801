package dev.augenhoehe.conversations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Insert and read only: a step of the trail is history. */
interface QuestionStepRepository extends Repository<QuestionStep, Long> {

    QuestionStep save(QuestionStep step);

    List<QuestionStep> findByWorkspaceIdAndQuestionIdIn(long workspaceId, Collection<Long> questionIds);

    Optional<QuestionStep> findFirstByWorkspaceIdAndQuestionIdAndKindOrderByAtDesc(long workspaceId, long questionId,
            QuestionStep.Kind kind);
}
