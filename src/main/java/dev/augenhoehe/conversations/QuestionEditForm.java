package dev.augenhoehe.conversations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A correction of a saved question: its words and who asked. {@code version} is the one the form was built from. */
record QuestionEditForm(@NotBlank @Size(max = Question.MAX_TEXT) String text, @Size(max = 120) String askedBy,
        Integer version) {

    static QuestionEditForm of(Question question) {
        return new QuestionEditForm(question.text(), question.askedBy() == null ? "" : question.askedBy(),
                question.version());
    }
}
