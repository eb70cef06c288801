package dev.augenhoehe.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface TemplateRepository extends ListCrudRepository<TemplateRow, Long> {

    List<TemplateRow> findByWorkspaceIdOrderByTitleAsc(long workspaceId);

    Optional<TemplateRow> findByIdAndWorkspaceId(long id, long workspaceId);
}
