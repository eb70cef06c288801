package dev.augenhoehe.conversations;

import java.util.Collection;
import java.util.List;

/**
 * Implemented by a later module (briefs, sharing, decisions) to add its steps to client questions' trails. This
 * module merges and orders the steps and derives each question's status from them, without knowing those modules:
 * they depend on us, not the other way round. Called for many questions at once, so answer with one query.
 */
public interface QuestionTrailContributor {

    /** The steps this module knows for the given questions of one workspace, in any order. */
    List<TrailStep> steps(long workspaceId, Collection<Long> questionIds);

    /**
     * Only the steps that change a question's status (an {@link TrailStep.Effect} other than NONE), for lists that show
     * the status but not the trail (the dashboard's open questions). The default filters {@link #steps}; a module
     * answers it with a cheaper query where it can. Must lead to the same status as {@link #steps}.
     */
    default List<TrailStep> statusSteps(long workspaceId, Collection<Long> questionIds) {
        return steps(workspaceId, questionIds).stream().filter(step -> step.effect() != TrailStep.Effect.NONE)
                .toList();
    }
}
