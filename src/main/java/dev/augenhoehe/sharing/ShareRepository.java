package dev.augenhoehe.sharing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ShareRepository extends ListCrudRepository<Share, Long> {

    Optional<Share> findByTokenHash(String tokenHash);

    Optional<Share> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Share> findByWorkspaceIdAndEngagementIdOrderByCreatedAtDesc(long workspaceId, long engagementId);
}
