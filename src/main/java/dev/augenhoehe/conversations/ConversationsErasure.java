package dev.augenhoehe.conversations;

import dev.augenhoehe.knowledge.KnowledgeSearch;
import dev.augenhoehe.knowledge.SearchKind;
import dev.augenhoehe.operations.ClientErasureStep;
import dev.augenhoehe.operations.ErasedClient;
import org.springframework.stereotype.Component;

/** The erasure deletes the client's conversations, notes and questions; here they leave the search too. */
@Component
class ConversationsErasure implements ClientErasureStep {

    private final KnowledgeSearch search;

    ConversationsErasure(KnowledgeSearch search) {
        this.search = search;
    }

    @Override
    public void erase(ErasedClient client) {
        for (long topic : client.ids("conversation_topic")) {
            search.remove(client.workspaceId(), SearchKind.NOTE, String.valueOf(topic));
        }
        for (long question : client.ids("client_question")) {
            search.remove(client.workspaceId(), SearchKind.QUESTION, String.valueOf(question));
        }
    }
}
