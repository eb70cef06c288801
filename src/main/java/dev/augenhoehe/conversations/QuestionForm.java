package dev.augenhoehe.conversations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A question as the client put it. {@code topicId} is optional and must belong to the conversation. */
record QuestionForm(@NotBlank @Size(max = Question.MAX_TEXT) String text, @Size(max = 120) String askedBy,
        Long topicId) {

    static QuestionForm empty() {
        return new QuestionForm("", "", null);
    }
}
