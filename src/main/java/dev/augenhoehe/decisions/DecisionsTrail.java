package dev.augenhoehe.decisions;

import dev.augenhoehe.conversations.QuestionTrailContributor;
import dev.augenhoehe.conversations.TrailStep;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Recorded as decision 0007" on the question's trail. Only tells: the status comes from the client's choice. */
@Component
class DecisionsTrail implements QuestionTrailContributor {

    private final DecisionRepository decisions;

    DecisionsTrail(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrailStep> steps(long workspaceId, Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return List.of();
        }
        return decisions.findByWorkspaceIdAndQuestionIdIn(workspaceId, questionIds).stream()
                .map(d -> TrailStep.of(d.questionId(), d.createdAt(), TrailStep.Effect.NONE,
                        "decisions.trail.recorded", "/decisions/" + d.id(), DecisionView.label(d.number())))
                .toList();
    }

    /** A recorded decision only tells (the client's confirmed choice decides): nothing to read for a status. */
    @Override
    public List<TrailStep> statusSteps(long workspaceId, Collection<Long> questionIds) {
        return List.of();
    }
}
