package dev.augenhoehe.clients;

import dev.augenhoehe.support.RepositoryTest;
import org.springframework.context.annotation.Import;

@RepositoryTest
@Import({ClientSearch.class, ClientService.class})
class ClientRepositoryH2Tests extends ClientRepositoryContract {
}
