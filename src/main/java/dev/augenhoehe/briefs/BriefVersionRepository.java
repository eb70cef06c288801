package dev.augenhoehe.briefs;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Insert and read only: a published version never changes, so there is no update or delete here. */
interface BriefVersionRepository extends Repository<BriefVersion, Long> {

    BriefVersion save(BriefVersion version);

    Optional<BriefVersion> findByWorkspaceIdAndBriefIdAndVersionNumber(long workspaceId, long briefId, int number);

    List<BriefVersion> findByWorkspaceIdAndBriefIdOrderByVersionNumberDesc(long workspaceId, long briefId);
}
