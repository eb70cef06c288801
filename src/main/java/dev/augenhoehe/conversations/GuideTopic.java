package dev.augenhoehe.conversations;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A topic of the workspace guide. A shipped topic without a title of its own shows the shipped text. */
@Table("guide_topic")
record GuideTopic(@Id Long id, Long workspaceId, int position, String shippedKey, String title, String openPhrase,
        boolean hidden) {

    GuideTopic withPosition(int newPosition) {
        return new GuideTopic(id, workspaceId, newPosition, shippedKey, title, openPhrase, hidden);
    }

    GuideTopic withTitle(String newTitle) {
        // a renamed topic gets the owner's words for "still open" too, so the sentence matches the new name
        return new GuideTopic(id, workspaceId, position, shippedKey, newTitle, null, hidden);
    }

    GuideTopic withHidden(boolean nowHidden) {
        return new GuideTopic(id, workspaceId, position, shippedKey, title, openPhrase, nowHidden);
    }

    /** Stable across renames, so coverage can be compared between conversations. */
    String topicKey() {
        return shippedKey != null ? shippedKey : "topic-" + id;
    }
}
