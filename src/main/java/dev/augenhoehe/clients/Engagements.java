package dev.augenhoehe.clients;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public face of this module: look up engagements of one workspace. Foreign ids find nothing. */
@Service
@Transactional(readOnly = true)
public class Engagements {

    private final EngagementRepository engagements;

    Engagements(EngagementRepository engagements) {
        this.engagements = engagements;
    }

    public Optional<EngagementRef> find(long workspaceId, long engagementId) {
        // one join, the reference's columns alone (not both whole rows, by name): every conversation page reads it
        return Optional.ofNullable(findAll(workspaceId, List.of(engagementId)).get(engagementId));
    }

    /** Several at once, for lists that show the engagement next to something else; unknown ids are left out. */
    public Map<Long, EngagementRef> findAll(long workspaceId, Collection<Long> engagementIds) {
        if (engagementIds.isEmpty()) {
            return Map.of();
        }
        return engagements.refsOf(engagementIds).stream().filter(row -> row.workspaceId() == workspaceId)
                .collect(Collectors.toMap(row -> row.ref().id(), EngagementRepository.RefRow::ref));
    }

    static EngagementRef ref(Engagement e, Client c) {
        return new EngagementRef(e.id(), c.id(), c.name(), e.title(), e.status(), e.isArchived() || c.isArchived());
    }
}
