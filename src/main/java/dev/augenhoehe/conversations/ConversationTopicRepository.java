package dev.augenhoehe.conversations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ConversationTopicRepository extends ListCrudRepository<ConversationTopic, Long> {

    List<ConversationTopic> findByWorkspaceIdAndConversationIdOrderByPositionAsc(long workspaceId,
            long conversationId);

    List<ConversationTopic> findByWorkspaceIdAndConversationIdIn(long workspaceId, Collection<Long> conversationIds);

    Optional<ConversationTopic> findByIdAndWorkspaceIdAndConversationId(long id, long workspaceId,
            long conversationId);
}
