package dev.augenhoehe.clients;

import dev.augenhoehe.system.NotFoundException;
import java.util.Comparator;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Create, change and archive clients and engagements, always inside one workspace. */
@Service
@Transactional
class ClientService {

    private final ClientRepository clients;
    private final EngagementRepository engagements;
    private final ClientsSearch search;

    ClientService(ClientRepository clients, EngagementRepository engagements, ClientsSearch search) {
        this.search = search;
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
        Client saved = clients.save(Client.create(workspaceId, form));
        search.index(saved);
        return saved;
    }

    // No surrounding transaction for the two updates: the save runs in the repository's own, so a lost race
    // (OptimisticLockingFailureException) rolls back just that one and we can read the winner's text cleanly.
    @Transactional(propagation = Propagation.SUPPORTS)
    Edit<Client> update(long workspaceId, long clientId, ClientForm form) {
        Client current = client(workspaceId, clientId);
        if (form.version() == null || !form.version().equals(current.version())) {
            return new Edit.Stale<>(current);
        }
        try {
            Client saved = clients.save(current.update(form));
            search.index(saved);
            return new Edit.Saved<>(saved);
        } catch (OptimisticLockingFailureException raced) {
            return new Edit.Stale<>(client(workspaceId, clientId));
        }
    }

    Client archive(long workspaceId, long clientId, boolean archive) {
        return clients.save(client(workspaceId, clientId).archived(archive));
    }

    Engagement createEngagement(long workspaceId, long clientId, EngagementForm form) {
        Client client = client(workspaceId, clientId);
        return engagements.save(Engagement.create(workspaceId, client.id(), form));
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    Edit<Engagement> updateEngagement(long workspaceId, long engagementId, EngagementForm form) {
        Engagement current = engagement(workspaceId, engagementId);
        if (form.version() == null || !form.version().equals(current.version())) {
            return new Edit.Stale<>(current);
        }
        try {
            return new Edit.Saved<>(engagements.save(current.update(form)));
        } catch (OptimisticLockingFailureException raced) {
            return new Edit.Stale<>(engagement(workspaceId, engagementId));
        }
    }

    Engagement archiveEngagement(long workspaceId, long engagementId, boolean archive) {
        return engagements.save(engagement(workspaceId, engagementId).archived(archive));
    }
}
