package dev.augenhoehe.sharing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ClientResponseRepository extends ListCrudRepository<ClientResponse, Long> {

    Optional<ClientResponse> findByIdAndWorkspaceId(long id, long workspaceId);

    List<ClientResponse> findByShareIdOrderByUpdatedAtDesc(long shareId);

    // written out: the engagement page reads it on every view, and Spring Data built the derived SQL each time
    @org.springframework.data.jdbc.repository.query.Query("select * from client_response where workspace_id ="
            + " :workspaceId and engagement_id = :engagementId order by updated_at desc")
    List<ClientResponse> findByWorkspaceIdAndEngagementIdOrderByUpdatedAtDesc(long workspaceId, long engagementId);

    List<ClientResponse> findTop100ByWorkspaceIdOrderByUpdatedAtDesc(long workspaceId);

    List<ClientResponse> findByQuestionIdIn(Collection<Long> questionIds);

    // The workspace is checked here rather than in SQL: next to an equality on workspace_id, H2 ignores the IN list
    // for its index and read every row of the workspace (2 s for the dashboard of a large one). The ids come from
    // this workspace's questions; the filter keeps it so whatever a caller passes.
    default List<ClientResponse> findByWorkspaceIdAndQuestionIdIn(long workspaceId, Collection<Long> questionIds) {
        return questionIds.isEmpty() ? List.of() : findByQuestionIdIn(questionIds).stream()
                .filter(r -> r.workspaceId() == workspaceId).toList();
    }

    // Written out: the start page's score reads this on every view, and Spring Data built a derived query's SQL
    // anew each time (two thirds of the score section's cost on a workspace without feedback)
    @Query("select * from client_response where workspace_id = :workspaceId and kind = :kind order by created_at, id")
    List<ClientResponse> findByWorkspaceIdAndKind(long workspaceId, String kind);

    default List<ClientResponse> findByWorkspaceIdAndKindOrderByCreatedAtAsc(long workspaceId,
            ClientResponse.Kind kind) {
        return findByWorkspaceIdAndKind(workspaceId, kind.name());
    }

    Optional<ClientResponse> findFirstByShareIdAndKindAndBriefId(long shareId, ClientResponse.Kind kind, long briefId);

    Optional<ClientResponse> findFirstByShareIdAndKind(long shareId, ClientResponse.Kind kind);

    @Query("select count(*) from client_response where workspace_id = :workspaceId and read_at is null")
    long countUnread(long workspaceId);
}
