package dev.augenhoehe.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    List<Account> findByWorkspaceIdOrderByNameAsc(long workspaceId);

    Optional<Account> findByIdAndWorkspaceId(long id, long workspaceId);
}
