package dev.augenhoehe.conversations;

import jakarta.validation.constraints.Size;

/** Both parts are checked by {@link Answer#problem()}, which explains what is missing in plain words. */
record AnswerForm(@Size(max = Answer.MAX_LENGTH) String answer, @Size(max = Answer.MAX_LENGTH) String reasons) {

    static final AnswerForm EMPTY = new AnswerForm("", "");

    static AnswerForm of(Answer answer) {
        return new AnswerForm(answer.text(), answer.reasons());
    }
}
