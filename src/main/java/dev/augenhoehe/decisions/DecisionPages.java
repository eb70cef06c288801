package dev.augenhoehe.decisions;

import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.clients.Engagements;
import dev.augenhoehe.system.Markdown;
import dev.augenhoehe.system.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the decision pages share: the engagement, its decisions by id for link labels, the statuses. */
@Component
class DecisionPages {

    private final DecisionService service;
    private final Engagements engagements;
    private final Markdown markdown;

    DecisionPages(DecisionService service, Engagements engagements, Markdown markdown) {
        this.service = service;
        this.engagements = engagements;
        this.markdown = markdown;
    }

    EngagementRef engagement(long workspaceId, long engagementId) {
        return engagements.find(workspaceId, engagementId).orElseThrow(NotFoundException::new);
    }

    /** Puts the engagement and all its decisions (for link labels and the link form) into the model. */
    List<DecisionView> prepare(long workspaceId, long engagementId, Model model) {
        List<DecisionView> all = service.ofEngagement(workspaceId, engagementId);
        model.addAttribute("engagement", engagement(workspaceId, engagementId));
        model.addAttribute("byId", byId(all));
        model.addAttribute("md", markdown);
        model.addAttribute("statuses", DecisionStatus.values());
        model.addAttribute("linkTypes", List.of(LinkType.SUPERSEDES, LinkType.AMENDS, LinkType.RELATES_TO));
        return all;
    }

    static Map<Long, DecisionView> byId(List<DecisionView> all) {
        return all.stream().collect(Collectors.toMap(DecisionView::id, Function.identity()));
    }
}
