package dev.augenhoehe.conversations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface GuideTopicRepository extends ListCrudRepository<GuideTopic, Long> {

    List<GuideTopic> findByWorkspaceIdOrderByPositionAsc(long workspaceId);

    Optional<GuideTopic> findByIdAndWorkspaceId(long id, long workspaceId);
}
