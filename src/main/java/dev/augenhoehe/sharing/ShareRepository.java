package dev.augenhoehe.sharing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ShareRepository extends ListCrudRepository<Share, Long> {

    Optional<Share> findByTokenHash(String tokenHash);

    Optional<Share> findByIdAndWorkspaceId(long id, long workspaceId);

    // written out: the engagement page reads it on every view, and Spring Data built the derived SQL each time
    @org.springframework.data.jdbc.repository.query.Query("select * from client_share where workspace_id ="
            + " :workspaceId and engagement_id = :engagementId order by created_at desc")
    List<Share> findByWorkspaceIdAndEngagementIdOrderByCreatedAtDesc(long workspaceId, long engagementId);
}
