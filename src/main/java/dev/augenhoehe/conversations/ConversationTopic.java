package dev.augenhoehe.conversations;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One topic of one conversation: the guide's words at the start, then the consultant's notes (Markdown) and
 * coverage. {@code marked} is what the consultant chose; {@link #coverage()} also counts the notes.
 * {@code notesVersion} counts the saves of the notes: a save must name the one it started from.
 */
@Table("conversation_topic")
record ConversationTopic(@Id Long id, Long workspaceId, Long conversationId, int position, String topicKey,
        String title, String questions, String openPhrase, String notes, Coverage marked, Instant notesSavedAt,
        int notesVersion) implements CoverageSummary.Covered {

    static final int MAX_NOTES = 20_000;

    static ConversationTopic copyOf(long workspaceId, long conversationId, int position, GuideView.Topic topic) {
        String questionLines = String.join("\n",
                topic.visibleQuestions().stream().map(GuideView.Question::text).toList());
        return new ConversationTopic(null, workspaceId, conversationId, position, topic.key(), topic.title(),
                questionLines, topic.openPhrase(), null, Coverage.OPEN, null, 0);
    }

    /** A topic with notes has at least been touched, whatever was marked; an empty one is what was marked. */
    public Coverage coverage() {
        return hasNotes() ? marked.atLeast(Coverage.TOUCHED) : marked;
    }

    public boolean hasNotes() {
        return notes != null && !notes.isBlank();
    }

    public List<String> questionList() {
        return questions == null || questions.isBlank() ? List.of()
                : Arrays.stream(questions.split("\n")).filter(q -> !q.isBlank()).toList();
    }

    ConversationTopic withNotes(String newNotes, Instant savedAt) {
        if (newNotes != null && newNotes.length() > MAX_NOTES) {
            throw new IllegalArgumentException("notes longer than " + MAX_NOTES);
        }
        return new ConversationTopic(id, workspaceId, conversationId, position, topicKey, title, questions,
                openPhrase, newNotes, marked, savedAt, notesVersion);
    }

    ConversationTopic withMarked(Coverage newMarked) {
        return new ConversationTopic(id, workspaceId, conversationId, position, topicKey, title, questions,
                openPhrase, notes, newMarked, notesSavedAt, notesVersion);
    }
}
