package dev.augenhoehe.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.augenhoehe.conversations.QuestionRuleException.Problem;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionRulesTest {

    static final Answer GOOD = new Answer("Yes, keep the old till for now.",
            "It exports a daily file the new system can read, so nothing has to change at the counter.");

    static Question open() {
        return Question.capture(1, 2, 3L, null, "  Can we keep our old till?  ", " ", LocalDateTime.now());
    }

    @Test
    void aCapturedQuestionKeepsTheClientsWords() {
        Question question = open();
        assertThat(question.text()).isEqualTo("Can we keep our old till?");
        assertThat(question.askedBy()).isNull();
        assertThat(question.source()).isEqualTo(QuestionSource.CONSULTANT);
        assertThatThrownBy(() -> Question.capture(1, 2, null, null, "   ", null, LocalDateTime.now()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Question.capture(1, 2, null, null, "x".repeat(2001), null, LocalDateTime.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAnswerNeedsReasonsThatExplain() {
        assertProblem(new Answer("No.", null), Problem.MISSING_REASONS);
        assertProblem(new Answer("No.", "   "), Problem.MISSING_REASONS);
        assertProblem(new Answer("", "because of the budget"), Problem.MISSING_ANSWER);
        assertProblem(new Answer("No.", "too expensive"), Problem.REASONS_TOO_SHORT);
        // the case a consultant met: a named cause is not a reason
        assertProblem(new Answer("Geht nicht.", "Zu wenig Zeit."), Problem.REASONS_TOO_SHORT);
        assertProblem(new Answer("Can't be done.", "can't be done!"), Problem.REASONS_REPEAT_ANSWER);
        assertProblem(new Answer("x".repeat(5001), "a b c d e"), Problem.TOO_LONG);
        assertThat(new Answer("Geht nicht.", "Unser Team ist bis Ende Mai mit einem anderen Projekt ausgelastet.")
                .problem()).isEmpty();
        assertThat(GOOD.problem()).isEmpty();
    }

    static TrailStep step(int minute, TrailStep.Effect effect) {
        return new TrailStep(9, Instant.parse("2026-01-01T10:00:00Z").plusSeconds(60L * minute), effect, "k", null,
                null);
    }

    @Test
    void theStatusFollowsTheTrailInTimeOrder() {
        assertThat(QuestionStatus.of(List.of())).isEqualTo(QuestionStatus.OPEN);
        assertThat(QuestionStatus.of(List.of(step(1, TrailStep.Effect.NONE)))).isEqualTo(QuestionStatus.OPEN);
        assertThat(QuestionStatus.of(List.of(step(1, TrailStep.Effect.ANSWERED)))).isEqualTo(QuestionStatus.ANSWERED);
        // a newer answer (a brief's next version) does not undo a decision; reopening does, whatever the order given
        assertThat(QuestionStatus.of(List.of(step(3, TrailStep.Effect.ANSWERED), step(2, TrailStep.Effect.DECIDED),
                step(1, TrailStep.Effect.ANSWERED)))).isEqualTo(QuestionStatus.DECIDED);
        assertThat(QuestionStatus.of(List.of(step(4, TrailStep.Effect.REOPENED), step(2, TrailStep.Effect.DECIDED))))
                .isEqualTo(QuestionStatus.OPEN);
    }

    @Test
    void answeringAndDecidingFollowTheRules() {
        assertThatThrownBy(() -> QuestionStep.answered(1, 9, QuestionStatus.OPEN, new Answer("No.", ""), 7,
                Instant.now())).isInstanceOfSatisfying(QuestionRuleException.class,
                        e -> assertThat(e.problem().messageKey())
                                .isEqualTo("conversations.question.problem.missingReasons"));
        QuestionStep answered = QuestionStep.answered(1, 9, QuestionStatus.OPEN, GOOD, 7, Instant.now());
        assertThat(answered.toTrail().effect()).isEqualTo(TrailStep.Effect.ANSWERED);
        assertThat(answered.toTrail().args()).containsExactly(GOOD.text(), GOOD.reasons());

        assertThatThrownBy(() -> QuestionStep.decided(1, 9, QuestionStatus.OPEN, "Keep it", 7, Instant.now()))
                .isInstanceOfSatisfying(QuestionRuleException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NOT_ANSWERED_YET));
        assertThatThrownBy(() -> QuestionStep.decided(1, 9, QuestionStatus.ANSWERED, " ", 7, Instant.now()))
                .isInstanceOfSatisfying(QuestionRuleException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.MISSING_DECISION));
        assertThat(QuestionStep.decided(1, 9, QuestionStatus.ANSWERED, "Keep the till.", 7, Instant.now())
                .toTrail().effect()).isEqualTo(TrailStep.Effect.DECIDED);
        assertThatThrownBy(() -> QuestionStep.answered(1, 9, QuestionStatus.DECIDED, GOOD, 7, Instant.now()))
                .isInstanceOfSatisfying(QuestionRuleException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.ALREADY_DECIDED));
    }

    @Test
    void everyProblemHasAFieldAndAMessageKey() {
        for (Problem problem : Problem.values()) {
            assertThat(problem.messageKey()).startsWith("conversations.question.problem.").doesNotContain("_");
            assertThat(problem.field()).isIn("answer", "reasons", "decision");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"No.", "Geht nicht.", "Yes", "<b>No</b>", "Can't be done, sorry.", "   "})
    void noAnswerWithoutReasonsEverPasses(String text) {
        assertThat(new Answer(text, "").problem()).isPresent();
        assertThat(new Answer(text, null).problem()).isPresent();
        assertThat(new Answer(text + " ".repeat(10_000), "\n\t ").problem()).isPresent();
    }

    private static void assertProblem(Answer answer, Problem expected) {
        assertThat(answer.problem()).contains(expected);
    }
}
