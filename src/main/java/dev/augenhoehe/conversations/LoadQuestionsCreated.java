package dev.augenhoehe.conversations;

import dev.augenhoehe.language.Language;
import java.util.List;

/** The {@code load} profile's conversations and questions are in; briefs answer the listed questions next. */
public record LoadQuestionsCreated(long workspaceId, List<Long> userIds, List<Asked> questions) {

    /** A question that gets a brief. */
    public record Asked(long id, long engagementId, String text, Language language) {
    }
}
