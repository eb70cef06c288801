package dev.augenhoehe.decisions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Derives the current state of decisions from their frames and histories: nothing is read from anywhere else. */
@Component
class DecisionLog {

    private final DecisionRepository decisions;
    private final DecisionEntryRepository entries;

    DecisionLog(DecisionRepository decisions, DecisionEntryRepository entries) {
        this.decisions = decisions;
        this.entries = entries;
    }

    List<DecisionView> views(long workspaceId, Collection<Decision> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DecisionEntry>> byDecision = entries.findByWorkspaceIdAndDecisionIdInOrderById(workspaceId,
                found.stream().map(Decision::id).toList()).stream()
                .collect(Collectors.groupingBy(DecisionEntry::decisionId));
        return found.stream().map(d -> derive(d, byDecision.getOrDefault(d.id(), List.of()))).toList();
    }

    List<DecisionView> ofEngagement(long workspaceId, long engagementId) {
        return views(workspaceId, decisions.findByWorkspaceIdAndEngagementIdOrderByNumber(workspaceId, engagementId));
    }

    /** The current state is the fold of the history, oldest entry first. */
    static DecisionView derive(Decision decision, List<DecisionEntry> history) {
        DecisionFields state = DecisionFields.EMPTY;
        Set<Link> links = new LinkedHashSet<>();
        DecisionView.Confirmation confirmation = null;
        for (DecisionEntry entry : history) {
            state = FieldsJson.apply(state, entry.changes());
            if (entry.linkType() != null && entry.linkTarget() != null) {
                Link link = new Link(entry.linkType(), entry.linkTarget());
                if (entry.kind() == EntryKind.UNLINKED) {
                    links.remove(link);
                } else {
                    links.add(link);
                }
            }
            if (entry.kind() == EntryKind.CONFIRMED && entry.briefId() != null) {
                confirmation = new DecisionView.Confirmation(entry.briefId(), entry.briefVersion(),
                        entry.contentHash(), entry.recordedAt());
            }
        }
        return new DecisionView(decision.id(), decision.engagementId(), decision.number(), decision.questionId(),
                state, new ArrayList<>(links), List.copyOf(history), confirmation, decision.createdAt(),
                decision.updatedAt(), decision.version());
    }
}
