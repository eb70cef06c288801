package dev.augenhoehe.knowledge;

import dev.augenhoehe.operations.WorkspaceRestored;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A restored workspace's search documents kept the times they had in the backup, older than every instance's last
 * poll. Stamping them now lets each instance's index read them on its next poll, as it reads any other change.
 */
@Component
class RestoredWorkspaceSearch {

    private final SearchDocumentStore store;

    RestoredWorkspaceSearch(SearchDocumentStore store) {
        this.store = store;
    }

    @ApplicationModuleListener
    void on(WorkspaceRestored restored) {
        store.touchWorkspace(restored.workspaceId());
    }
}
