package dev.augenhoehe.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.augenhoehe.conversations.QuestionRuleException.Problem;
import java.time.Instant;
import java.time.LocalDateTime;
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
    void aCapturedQuestionIsOpenAndKeepsTheClientsWords() {
        Question question = open();
        assertThat(question.status()).isEqualTo(QuestionStatus.OPEN);
        assertThat(question.text()).isEqualTo("Can we keep our old till?");
        assertThat(question.askedBy()).isNull();
        assertThatThrownBy(() -> Question.capture(1, 2, null, null, "   ", null, LocalDateTime.now()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Question.capture(1, 2, null, null, "x".repeat(2001), null, LocalDateTime.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAnswerNeedsReasons() {
        assertProblem(new Answer("No.", null), Problem.MISSING_REASONS);
        assertProblem(new Answer("No.", "   "), Problem.MISSING_REASONS);
        assertProblem(new Answer("", "because of the budget"), Problem.MISSING_ANSWER);
        assertProblem(new Answer("No.", "too expensive"), Problem.REASONS_TOO_SHORT);
        assertProblem(new Answer("Can't be done.", "can't be done!"), Problem.REASONS_REPEAT_ANSWER);
        assertProblem(new Answer("x".repeat(5001), "a b c d"), Problem.TOO_LONG);
        assertThat(GOOD.problem()).isEmpty();
    }

    @Test
    void answeringMovesToAnsweredOnlyWithReasons() {
        assertThatThrownBy(() -> open().answered(new Answer("No.", ""), 7, Instant.now()))
                .isInstanceOfSatisfying(QuestionRuleException.class,
                        e -> assertThat(e.problem().messageKey())
                                .isEqualTo("conversations.question.problem.missingReasons"));
        Question answered = open().answered(GOOD, 7, Instant.now());
        assertThat(answered.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(answered.reasons()).startsWith("It exports");
        assertThat(answered.answeredBy()).isEqualTo(7L);
    }

    @Test
    void onlyAnAnsweredQuestionCanBeDecidedAndADecidedOneIsFinalUntilReopened() {
        assertThatThrownBy(() -> open().decided("Keep it", Instant.now()))
                .isInstanceOfSatisfying(QuestionRuleException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NOT_ANSWERED_YET));
        Question answered = open().answered(GOOD, 7, Instant.now());
        assertThatThrownBy(() -> answered.decided(" ", Instant.now()))
                .isInstanceOfSatisfying(QuestionRuleException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.MISSING_DECISION));
        Question decided = answered.decided("Keep the till until spring.", Instant.now());
        assertThat(decided.status()).isEqualTo(QuestionStatus.DECIDED);
        assertThatThrownBy(() -> decided.answered(GOOD, 7, Instant.now()))
                .isInstanceOfSatisfying(QuestionRuleException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.ALREADY_DECIDED));

        Question reopened = decided.reopened();
        assertThat(reopened.status()).isEqualTo(QuestionStatus.OPEN);
        assertThat(reopened.answer()).isEqualTo(GOOD.text());
        assertThat(reopened.decision()).isNull();
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
