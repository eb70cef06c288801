package dev.augenhoehe.conversations;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("guide_question")
record GuideQuestion(@Id Long id, Long workspaceId, Long topicId, int position, String shippedKey, String text,
        boolean hidden) {

    GuideQuestion withPosition(int newPosition) {
        return new GuideQuestion(id, workspaceId, topicId, newPosition, shippedKey, text, hidden);
    }

    GuideQuestion withText(String newText) {
        return new GuideQuestion(id, workspaceId, topicId, position, shippedKey, newText, hidden);
    }

    GuideQuestion withHidden(boolean nowHidden) {
        return new GuideQuestion(id, workspaceId, topicId, position, shippedKey, text, nowHidden);
    }
}
