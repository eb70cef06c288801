package dev.augenhoehe.decisions;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PendingImportRepository extends ListCrudRepository<PendingImport, Long> {

    Optional<PendingImport> findByIdAndWorkspaceIdAndEngagementId(long id, long workspaceId, long engagementId);

    @Modifying
    @Query("delete from decision_import where created_at < :before")
    void deleteOlderThan(Instant before);
}
