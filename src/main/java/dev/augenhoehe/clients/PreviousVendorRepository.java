package dev.augenhoehe.clients;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PreviousVendorRepository extends ListCrudRepository<PreviousVendor, Long> {

    /** Written out: Spring Data built the derived query's SQL anew on every engagement page. */
    @org.springframework.data.jdbc.repository.query.Query("select * from previous_vendor"
            + " where workspace_id = :workspaceId and engagement_id = :engagementId order by id")
    List<PreviousVendor> findByWorkspaceIdAndEngagementIdOrderByIdAsc(long workspaceId, long engagementId);

    Optional<PreviousVendor> findByIdAndWorkspaceIdAndEngagementId(long id, long workspaceId, long engagementId);
}
