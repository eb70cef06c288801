package dev.augenhoehe.decisions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One history entry as the decision page shows it, newest first: who, when, what kind, which fields changed (by
 * their message keys), the new status, the other decision of a link, the client's confirmation.
 */
record HistoryRow(Instant at, EntryKind kind, String who, List<String> fieldKeys, DecisionStatus newStatus,
        LinkType linkType, DecisionView other, Long briefId, Integer briefVersion, String contentHash, String note) {

    /** The time in the office's zone, for the page. */
    public java.time.LocalDateTime localAt() {
        return java.time.LocalDateTime.ofInstant(at, ClientChoiceRecorder.ZONE);
    }

    static List<HistoryRow> of(DecisionView decision, Map<Long, DecisionView> byId) {
        List<HistoryRow> rows = new ArrayList<>();
        for (DecisionEntry e : decision.history()) {
            Map<String, Object> changes = FieldsJson.changes(e.changes());
            DecisionStatus status = null;
            if (changes.get("status") instanceof String s) {
                status = DecisionController.parseStatus(s);
            }
            rows.add(0, new HistoryRow(e.recordedAt(), e.kind(), e.byName(), changes.keySet().stream()
                    .map(k -> "decisions.field." + k).toList(), status, e.linkType(),
                    e.linkTarget() == null ? null : byId.get(e.linkTarget()), e.briefId(), e.briefVersion(),
                    e.contentHash(), e.note()));
        }
        return rows;
    }
}
