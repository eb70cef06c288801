package dev.augenhoehe.conversations;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface GuideRepository extends ListCrudRepository<Guide, Long> {

    Optional<Guide> findByWorkspaceId(long workspaceId);
}
