package dev.augenhoehe.accounts;

import org.springframework.data.repository.ListCrudRepository;

interface WorkspaceRepository extends ListCrudRepository<Workspace, Long> {
}
