package dev.augenhoehe.conversations;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One per workspace. Its revision counts the owner's edits; a conversation records the revision it started with. */
@Table("guide")
record Guide(@Id Long id, Long workspaceId, int revision, String shippedVersion, @Version Integer version) {

    static Guide create(long workspaceId) {
        return new Guide(null, workspaceId, 1, ShippedGuide.VERSION, null);
    }

    Guide nextRevision() {
        return new Guide(id, workspaceId, revision + 1, shippedVersion, version);
    }
}
