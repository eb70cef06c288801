package dev.augenhoehe.conversations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

final class GuideForms {

    private GuideForms() {
    }

    record TopicForm(@NotBlank @Size(max = 200) String title) {
    }

    record QuestionTextForm(@NotBlank @Size(max = 500) String text) {
    }
}
