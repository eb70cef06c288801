package dev.augenhoehe.conversations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record DecisionForm(@NotBlank @Size(max = Answer.MAX_LENGTH) String decision) {
}
