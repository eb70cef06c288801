package dev.augenhoehe.decisions;

import dev.augenhoehe.clients.EngagementOverviewSection;
import dev.augenhoehe.clients.EngagementRef;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The engagement overview's part for the decision log: the newest decisions and the way to all of them. */
@Component
class DecisionsSection implements EngagementOverviewSection {

    record Data(EngagementRef engagement, List<DecisionView> latest, int total) {
    }

    private final DecisionService service;

    DecisionsSection(DecisionService service) {
        this.service = service;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Content> content(long workspaceId, EngagementRef engagement) {
        List<DecisionView> all = service.ofEngagement(workspaceId, engagement.id());
        List<DecisionView> latest = all.stream()
                .sorted(java.util.Comparator.comparingInt(DecisionView::number).reversed()).limit(5).toList();
        return Optional.of(new Content("decisions/sections", "decisions", new Data(engagement, latest, all.size())));
    }
}
