package dev.augenhoehe.conversations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface QuestionRepository extends ListCrudRepository<Question, Long> {

    Optional<Question> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Question> findByWorkspaceIdAndEngagementId(long workspaceId, long engagementId);

    List<Question> findByWorkspaceIdAndConversationId(long workspaceId, long conversationId);

    List<Question> findTop50ByWorkspaceIdAndStatusOrderByAskedAtDesc(long workspaceId, QuestionStatus status);
}
