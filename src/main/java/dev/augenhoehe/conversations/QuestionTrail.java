package dev.augenhoehe.conversations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The trails of client questions: this module's own steps and those every later module contributes
 * ({@link QuestionTrailContributor}), merged and in time order. One query per module for any number of questions.
 */
@Component
class QuestionTrail {

    private final QuestionStepRepository steps;
    private final List<QuestionTrailContributor> others;

    QuestionTrail(QuestionStepRepository steps, List<QuestionTrailContributor> others) {
        this.steps = steps;
        this.others = others;
    }

    /** Each question's steps, oldest first; a question without steps has an empty list. */
    Map<Long, List<TrailStep>> of(long workspaceId, Collection<Long> questionIds) {
        return byQuestion(questionIds, () -> {
            List<TrailStep> all = new ArrayList<>(steps.findByWorkspaceIdAndQuestionIdIn(workspaceId, questionIds)
                    .stream().map(QuestionStep::toTrail).toList());
            others.forEach(contributor -> all.addAll(contributor.steps(workspaceId, questionIds)));
            return all;
        });
    }

    /**
     * Each question's status, from the steps that change it alone: a list that shows the status needs neither the
     * steps' texts nor the steps that only tell (briefs started, shares sent, decisions recorded).
     */
    Map<Long, QuestionStatus> statusOf(long workspaceId, Collection<Long> questionIds) {
        Map<Long, List<TrailStep>> effects = byQuestion(questionIds, () -> {
            List<TrailStep> all = new ArrayList<>(steps.statusStepsOf(workspaceId, questionIds));
            others.forEach(contributor -> all.addAll(contributor.statusSteps(workspaceId, questionIds)));
            return all;
        });
        Map<Long, QuestionStatus> status = new HashMap<>();
        effects.forEach((id, list) -> status.put(id, QuestionStatus.of(list)));
        return status;
    }

    /** The steps grouped by question, oldest first; read only when there is a question to read them for. */
    private static Map<Long, List<TrailStep>> byQuestion(Collection<Long> questionIds,
                                                         Supplier<List<TrailStep>> read) {
        Map<Long, List<TrailStep>> trails = new HashMap<>();
        questionIds.forEach(id -> trails.put(id, new ArrayList<>()));
        if (questionIds.isEmpty()) {
            return trails;
        }
        read.get().stream().sorted(Comparator.comparing(TrailStep::at))
                .forEach(step -> trails.computeIfPresent(step.questionId(), (id, list) -> {
                    list.add(step);
                    return list;
                }));
        return trails;
    }
}
