package dev.augenhoehe.conversations;

import dev.augenhoehe.language.Language;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

record ConversationForm(
        @NotNull ConversationKind kind,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime heldAt,
        @Size(max = 500) String participants,
        @NotNull Language language) {
}
