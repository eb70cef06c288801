package dev.augenhoehe.briefs;

import dev.augenhoehe.conversations.QuestionTrailContributor;
import dev.augenhoehe.conversations.TrailStep;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Briefs' steps in a question's trail: each brief started for it (with its draft) and each version published, which
 * answers the question. The brief's text stays here; the trail links to it.
 */
@Component
class BriefsTrail implements QuestionTrailContributor {

    private final BriefRepository briefs;
    private final BriefVersionRepository versions;

    BriefsTrail(BriefRepository briefs, BriefVersionRepository versions) {
        this.briefs = briefs;
        this.versions = versions;
    }

    @Override
    public List<TrailStep> steps(long workspaceId, Collection<Long> questionIds) {
        List<TrailStep> steps = new ArrayList<>();
        for (BriefRepository.Head b : briefs.headsOf(workspaceId, questionIds)) {
            steps.add(TrailStep.of(b.questionId(), b.createdAt(), TrailStep.Effect.NONE, "briefs.trail.started",
                    "/briefs/" + b.id()));
        }
        for (BriefVersionRepository.Published v : versions.publishedFor(workspaceId, questionIds)) {
            steps.add(TrailStep.of(v.questionId(), v.publishedAt(), TrailStep.Effect.ANSWERED,
                    "briefs.trail.published", "/briefs/" + v.briefId() + "/versions/" + v.versionNumber(),
                    v.versionNumber()));
        }
        return steps;
    }

    /** Only a published version changes the status; a started brief only tells. */
    @Override
    public List<TrailStep> statusSteps(long workspaceId, Collection<Long> questionIds) {
        return versions.publishedFor(workspaceId, questionIds).stream()
                .map(v -> TrailStep.of(v.questionId(), v.publishedAt(), TrailStep.Effect.ANSWERED,
                        "briefs.trail.published", "/briefs/" + v.briefId() + "/versions/" + v.versionNumber(),
                        v.versionNumber()))
                .toList();
    }
}
