package dev.augenhoehe.clients;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface EngagementRepository extends ListCrudRepository<Engagement, Long> {

    Optional<Engagement> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Engagement> findByWorkspaceIdAndClientId(long workspaceId, long clientId);
}
