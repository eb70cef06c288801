package dev.augenhoehe.decisions;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry in a decision's append-only history: who, when, what. {@code changes} holds the changed fields as JSON
 * ({@link FieldsJson}); a link entry names the type and the other decision. Entries are inserted, never updated.
 */
@Table("decision_entry")
record DecisionEntry(@Id Long id, Long workspaceId, Long decisionId, EntryKind kind, Instant recordedAt,
        Long byUser, String byName, String changes, LinkType linkType, Long linkTarget, Long briefId,
        Integer briefVersion, String contentHash, String note) {

    static DecisionEntry of(long workspaceId, long decisionId, EntryKind kind, Instant at, Actor actor,
            String changes) {
        return new DecisionEntry(null, workspaceId, decisionId, kind, at, actor.userId(), actor.name(), changes,
                null, null, null, null, null, "");
    }

    DecisionEntry linking(LinkType type, long target) {
        return new DecisionEntry(id, workspaceId, decisionId, kind, recordedAt, byUser, byName, changes, type,
                target, briefId, briefVersion, contentHash, note);
    }

    DecisionEntry confirming(long brief, int version, String hash) {
        return new DecisionEntry(id, workspaceId, decisionId, kind, recordedAt, byUser, byName, changes, linkType,
                linkTarget, brief, version, hash, note);
    }

    DecisionEntry noting(String text) {
        return new DecisionEntry(id, workspaceId, decisionId, kind, recordedAt, byUser, byName, changes, linkType,
                linkTarget, briefId, briefVersion, contentHash, Clean.text(text, 2000));
    }
}
