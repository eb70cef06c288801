package dev.augenhoehe.conversations;

import dev.augenhoehe.conversations.QuestionRuleException.Problem;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A step this module records on a question: a quick answer with its reasons, "the client decided", reopening.
 * Written once, never changed: the trail is history. Steps of other modules live in those modules.
 */
@Table("question_step")
record QuestionStep(@Id Long id, Long workspaceId, Long questionId, Kind kind, String text, String reasons,
        String askedBy, Instant at, Long byUser) {

    enum Kind {
        ANSWERED(TrailStep.Effect.ANSWERED), DECIDED(TrailStep.Effect.DECIDED), REOPENED(TrailStep.Effect.REOPENED),
        /** The words or the asker were corrected; the step keeps what they were before. Status stays. */
        EDITED(TrailStep.Effect.NONE);

        final TrailStep.Effect effect;

        Kind(TrailStep.Effect effect) {
            this.effect = effect;
        }
    }

    /** A quick answer; refused with the first rule it breaks (see {@link Answer#problem()}). */
    static QuestionStep answered(long workspaceId, long questionId, QuestionStatus status, Answer answer, long by,
            Instant at) {
        if (status == QuestionStatus.DECIDED) {
            throw new QuestionRuleException(Problem.ALREADY_DECIDED);
        }
        answer.problem().ifPresent(problem -> {
            throw new QuestionRuleException(problem);
        });
        return new QuestionStep(null, workspaceId, questionId, Kind.ANSWERED, answer.text(), answer.reasons(), null,
                at, by);
    }

    /** What the client chose, recorded by hand. Only an answered question can be decided. */
    static QuestionStep decided(long workspaceId, long questionId, QuestionStatus status, String what, long by,
            Instant at) {
        if (status != QuestionStatus.ANSWERED) {
            throw new QuestionRuleException(status == QuestionStatus.DECIDED ? Problem.ALREADY_DECIDED
                    : Problem.NOT_ANSWERED_YET);
        }
        String decided = what == null ? "" : what.strip();
        if (decided.isEmpty()) {
            throw new QuestionRuleException(Problem.MISSING_DECISION);
        }
        if (decided.length() > Answer.MAX_LENGTH) {
            throw new QuestionRuleException(Problem.TOO_LONG);
        }
        return new QuestionStep(null, workspaceId, questionId, Kind.DECIDED, decided, null, null, at, by);
    }

    /** Back to open, e.g. when the client's situation changed. Earlier steps stay in the trail. */
    static QuestionStep reopened(long workspaceId, long questionId, long by, Instant at) {
        return new QuestionStep(null, workspaceId, questionId, Kind.REOPENED, null, null, null, at, by);
    }

    /** A correction: {@code before} is the question as it was, so the trail still shows what was captured. */
    static QuestionStep edited(long workspaceId, Question before, long by, Instant at) {
        return new QuestionStep(null, workspaceId, before.id(), Kind.EDITED, before.text(), null, before.askedBy(),
                at, by);
    }

    TrailStep toTrail() {
        if (kind == Kind.EDITED) {
            return askedBy == null
                    ? new TrailStep(questionId, at, kind.effect, "conversations.trail.editedNoAsker", List.of(text), null)
                    : new TrailStep(questionId, at, kind.effect, "conversations.trail.edited", List.of(text, askedBy),
                            null);
        }
        String key = "conversations.trail." + kind.name().toLowerCase(java.util.Locale.ROOT);
        List<Object> args = kind == Kind.ANSWERED ? List.of(text, reasons)
                : kind == Kind.DECIDED ? List.of(text) : List.of();
        return new TrailStep(questionId, at, kind.effect, key, args, null);
    }
}
