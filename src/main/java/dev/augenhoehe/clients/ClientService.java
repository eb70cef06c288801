package dev.augenhoehe.clients;

import dev.augenhoehe.system.NotFoundException;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Create, change and archive clients and engagements, always inside one workspace. */
@Service
@Transactional
class ClientService {

    private final ClientRepository clients;
    private final EngagementRepository engagements;

    ClientService(ClientRepository clients, EngagementRepository engagements) {
        this.clients = clients;
        this.engagements = engagements;
    }

    @Transactional(readOnly = true)
    Client client(long workspaceId, long clientId) {
        return clients.findByIdAndWorkspaceId(clientId, workspaceId).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    Engagement engagement(long workspaceId, long engagementId) {
        return engagements.findByIdAndWorkspaceId(engagementId, workspaceId).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    List<Engagement> engagementsOf(long workspaceId, long clientId) {
        // current work first, then the newest; sorted here because databases disagree where nulls go
        return engagements.findByWorkspaceIdAndClientId(workspaceId, clientId).stream()
                .sorted(Comparator.comparing(Engagement::isArchived)
                        .thenComparing(Engagement::updatedAt, Comparator.reverseOrder()))
                .toList();
    }

    Client create(long workspaceId, ClientForm form) {
        return clients.save(Client.create(workspaceId, form));
    }

    Client update(long workspaceId, long clientId, ClientForm form) {
        return clients.save(client(workspaceId, clientId).update(form));
    }

    Client archive(long workspaceId, long clientId, boolean archive) {
        return clients.save(client(workspaceId, clientId).archived(archive));
    }

    Engagement createEngagement(long workspaceId, long clientId, EngagementForm form) {
        Client client = client(workspaceId, clientId);
        return engagements.save(Engagement.create(workspaceId, client.id(), form));
    }

    Engagement updateEngagement(long workspaceId, long engagementId, EngagementForm form) {
        return engagements.save(engagement(workspaceId, engagementId).update(form));
    }

    Engagement archiveEngagement(long workspaceId, long engagementId, boolean archive) {
        return engagements.save(engagement(workspaceId, engagementId).archived(archive));
    }
}
