package dev.augenhoehe.briefs;

import dev.augenhoehe.knowledge.KnowledgeSearch;
import dev.augenhoehe.knowledge.SearchKind;
import dev.augenhoehe.operations.ClientErasureStep;
import dev.augenhoehe.operations.ErasedClient;
import org.springframework.stereotype.Component;

/** The erasure deletes the client's briefs with their versions; here they leave the search too. */
@Component
class BriefsErasure implements ClientErasureStep {

    private final KnowledgeSearch search;

    BriefsErasure(KnowledgeSearch search) {
        this.search = search;
    }

    @Override
    public void erase(ErasedClient client) {
        for (long brief : client.ids("brief")) {
            search.remove(client.workspaceId(), SearchKind.BRIEF, String.valueOf(brief));
        }
    }
}
