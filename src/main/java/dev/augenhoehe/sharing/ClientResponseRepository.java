package dev.augenhoehe.sharing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ClientResponseRepository extends ListCrudRepository<ClientResponse, Long> {

    Optional<ClientResponse> findByIdAndWorkspaceId(long id, long workspaceId);

    List<ClientResponse> findByShareIdOrderByUpdatedAtDesc(long shareId);

    List<ClientResponse> findByWorkspaceIdAndEngagementIdOrderByUpdatedAtDesc(long workspaceId, long engagementId);

    List<ClientResponse> findTop100ByWorkspaceIdOrderByUpdatedAtDesc(long workspaceId);

    List<ClientResponse> findByWorkspaceIdAndQuestionIdIn(long workspaceId, Collection<Long> questionIds);

    List<ClientResponse> findByWorkspaceIdAndKindOrderByCreatedAtAsc(long workspaceId, ClientResponse.Kind kind);

    Optional<ClientResponse> findFirstByShareIdAndKindAndBriefId(long shareId, ClientResponse.Kind kind, long briefId);

    Optional<ClientResponse> findFirstByShareIdAndKind(long shareId, ClientResponse.Kind kind);

    @Query("select count(*) from client_response where workspace_id = :workspaceId and read_at is null")
    long countUnread(long workspaceId);
}
