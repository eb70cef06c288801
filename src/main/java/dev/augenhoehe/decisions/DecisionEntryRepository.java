package dev.augenhoehe.decisions;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only: entries are saved and read, never changed or deleted. */
interface DecisionEntryRepository extends Repository<DecisionEntry, Long> {

    DecisionEntry save(DecisionEntry entry);

    List<DecisionEntry> findByWorkspaceIdAndDecisionIdInOrderById(long workspaceId, Collection<Long> decisionIds);
}
