package dev.augenhoehe.conversations;

import java.time.Instant;
import java.util.List;

/**
 * One step in the life of a client question: asked, answered, "brief version 2 published", "sent to the client",
 * "client chose B", "recorded as decision 0007". Each module that knows such a step contributes it through
 * {@link QuestionTrailContributor}; the question's status is derived from the steps' {@link Effect}s and never
 * stored beside them.
 *
 * @param messageKey the message that tells the step ("briefs.trail.published"), rendered with {@code args}
 * @param href       where the step can be looked at, or null
 */
public record TrailStep(long questionId, Instant at, Effect effect, String messageKey, List<Object> args,
        String href) {

    /** What a step means for the question's status. */
    public enum Effect {
        /** Only tells what happened. */
        NONE,
        /** The question now has an answer with reasons. */
        ANSWERED,
        /** The client's choice is confirmed; later answers do not undo it. */
        DECIDED,
        /** The question is open again, whatever happened before. */
        REOPENED
    }

    public TrailStep {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static TrailStep of(long questionId, Instant at, Effect effect, String messageKey, String href,
            Object... args) {
        return new TrailStep(questionId, at, effect, messageKey, List.of(args), href);
    }

    /** The arguments as the message source wants them. */
    public Object[] argArray() {
        return args.toArray();
    }
}
