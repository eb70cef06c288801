package dev.augenhoehe.conversations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface GuideQuestionRepository extends ListCrudRepository<GuideQuestion, Long> {

    List<GuideQuestion> findByWorkspaceIdOrderByPositionAsc(long workspaceId);

    Optional<GuideQuestion> findByIdAndWorkspaceId(long id, long workspaceId);
}
