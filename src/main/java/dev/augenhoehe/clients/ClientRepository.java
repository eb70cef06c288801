package dev.augenhoehe.clients;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ClientRepository extends ListCrudRepository<Client, Long> {

    Optional<Client> findByIdAndWorkspaceId(long id, long workspaceId);
}
