package dev.augenhoehe.clients;

import dev.augenhoehe.support.PostgresTest;
import dev.augenhoehe.support.RepositoryTest;
import org.springframework.context.annotation.Import;

@RepositoryTest
@PostgresTest
@Import({ClientSearch.class, ClientService.class})
class ClientRepositoryPostgresTests extends ClientRepositoryContract {
}
