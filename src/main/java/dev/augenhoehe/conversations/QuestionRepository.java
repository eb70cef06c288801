package dev.augenhoehe.conversations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.ListCrudRepository;

interface QuestionRepository extends ListCrudRepository<Question, Long> {

    Optional<Question> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Question> findByWorkspaceIdAndIdIn(long workspaceId, Collection<Long> ids);

    List<Question> findByWorkspaceIdAndEngagementId(long workspaceId, long engagementId);

    List<Question> findByWorkspaceIdAndConversationId(long workspaceId, long conversationId);

    List<Question> findByWorkspaceIdOrderByAskedAtDesc(long workspaceId, Limit limit);
}
