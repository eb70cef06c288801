package dev.augenhoehe.conversations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ConversationRepository extends ListCrudRepository<Conversation, Long> {

    Optional<Conversation> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Conversation> findByWorkspaceIdAndEngagementIdOrderByHeldAtDesc(long workspaceId, long engagementId);

    List<Conversation> findByWorkspaceId(long workspaceId);

    long countByWorkspaceIdAndEngagementId(long workspaceId, long engagementId);
}
