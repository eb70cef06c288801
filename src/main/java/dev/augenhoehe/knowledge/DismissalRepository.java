package dev.augenhoehe.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Every query names the workspace: a foreign id finds nothing. */
interface DismissalRepository extends ListCrudRepository<DismissalRow, Long> {

    List<DismissalRow> findByWorkspaceIdOrderByCreatedAtDesc(long workspaceId);

    Optional<DismissalRow> findByIdAndWorkspaceId(long id, long workspaceId);

    @Query("select * from knowledge_dismissal where workspace_id = :workspaceId and client_id = :clientId"
            + " and rule = :rule and subject = :subject")
    Optional<DismissalRow> findForClient(long workspaceId, long clientId, String rule, String subject);

    @Query("select * from knowledge_dismissal where workspace_id = :workspaceId and client_id is null"
            + " and rule = :rule and subject = :subject")
    Optional<DismissalRow> findForWorkspace(long workspaceId, String rule, String subject);
}
