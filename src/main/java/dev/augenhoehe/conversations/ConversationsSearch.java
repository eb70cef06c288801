package dev.augenhoehe.conversations;

import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.clients.Engagements;
import dev.augenhoehe.knowledge.KnowledgeSearch;
import dev.augenhoehe.knowledge.SearchDocument;
import dev.augenhoehe.knowledge.SearchKind;
import dev.augenhoehe.language.Language;
import org.springframework.stereotype.Component;

/**
 * Puts what a consultant wrote down in a conversation into the one search: a topic's notes and each question, so
 * "the budget was 250,000" finds the conversation again. Called in the transaction that saves them. The language
 * is the text's own (a German note in an English conversation is still searched as German).
 */
@Component
class ConversationsSearch {

    private final KnowledgeSearch search;
    private final ConversationRepository conversations;
    private final Engagements engagements;

    ConversationsSearch(KnowledgeSearch search, ConversationRepository conversations, Engagements engagements) {
        this.search = search;
        this.conversations = conversations;
        this.engagements = engagements;
    }

    void notes(ConversationTopic topic) {
        String key = String.valueOf(topic.id());
        if (!topic.hasNotes()) {
            search.remove(topic.workspaceId(), SearchKind.NOTE, key);
            return;
        }
        Conversation conversation = conversations.findByIdAndWorkspaceId(topic.conversationId(), topic.workspaceId())
                .orElseThrow();
        search.index(topic.workspaceId(), SearchKind.NOTE, new SearchDocument(key, Language.detect(topic.notes()),
                where(topic.workspaceId(), conversation.engagementId()) + topic.title(), topic.notes(),
                "/conversations/" + conversation.id() + "/live#topic-" + topic.id()));
    }

    void question(Question question) {
        String askedBy = question.askedBy() == null ? "" : question.askedBy();
        search.index(question.workspaceId(), SearchKind.QUESTION, new SearchDocument(String.valueOf(question.id()),
                Language.detect(question.text()), question.text(), where(question.workspaceId(), question.engagementId()) + askedBy,
                "/questions/" + question.id()));
    }

    /** "Client · Engagement: " so a hit says where it belongs. */
    private String where(long workspaceId, long engagementId) {
        return engagements.find(workspaceId, engagementId).map(ConversationsSearch::label).orElse("");
    }

    private static String label(EngagementRef e) {
        return e.clientName() + " · " + e.title() + ": ";
    }
}
