package dev.augenhoehe.clients;

import dev.augenhoehe.knowledge.DismissalClients;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells Klartext's dismissals which clients a workspace has, and their names. */
@Component
@Transactional(readOnly = true)
class KlartextClients implements DismissalClients {

    private final ClientRepository clients;

    KlartextClients(ClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public Optional<String> name(long workspaceId, long clientId) {
        return clients.findByIdAndWorkspaceId(clientId, workspaceId).map(Client::name);
    }

    @Override
    public Map<Long, String> names(long workspaceId, Collection<Long> clientIds) {
        return clients.findAllById(clientIds).stream().filter(c -> c.workspaceId() == workspaceId)
                .collect(Collectors.toMap(Client::id, Client::name));
    }
}
