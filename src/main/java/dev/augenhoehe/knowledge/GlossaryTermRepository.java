package dev.augenhoehe.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface GlossaryTermRepository extends ListCrudRepository<GlossaryTermRow, Long> {

    List<GlossaryTermRow> findByWorkspaceIdOrderByTermKeyAsc(long workspaceId);

    Optional<GlossaryTermRow> findByIdAndWorkspaceId(long id, long workspaceId);

    Optional<GlossaryTermRow> findByWorkspaceIdAndTermKey(long workspaceId, String termKey);
}
