package dev.augenhoehe.clients;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PreviousVendorRepository extends ListCrudRepository<PreviousVendor, Long> {

    List<PreviousVendor> findByWorkspaceIdAndEngagementIdOrderByIdAsc(long workspaceId, long engagementId);

    Optional<PreviousVendor> findByIdAndWorkspaceIdAndEngagementId(long id, long workspaceId, long engagementId);
}
