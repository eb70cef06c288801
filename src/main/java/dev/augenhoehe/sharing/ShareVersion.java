package dev.augenhoehe.sharing;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A frozen version of a share: written once, never updated. {@code changes} tells the client what is new. */
@Table("client_share_version")
record ShareVersion(@Id Long id, Long shareId, Long workspaceId, int number, String recap, String message,
        String changes,
        @MappedCollection(idColumn = "share_version_id", keyColumn = "position") List<BriefRef> briefs,
        Long createdBy, Instant createdAt) {

    /** A published brief version inside a share version. */
    @Table("client_share_brief")
    record BriefRef(long briefId, int briefVersion, long questionId) {
    }
}
