package dev.augenhoehe.conversations;

import jakarta.validation.constraints.Size;

/** Both parts are checked by {@link Answer#problem()}, which explains what is missing in plain words. */
record AnswerForm(@Size(max = Answer.MAX_LENGTH) String answer, @Size(max = Answer.MAX_LENGTH) String reasons) {

    static AnswerForm of(ClientQuestion question) {
        return new AnswerForm(question.answer() == null ? "" : question.answer(),
                question.reasons() == null ? "" : question.reasons());
    }
}
