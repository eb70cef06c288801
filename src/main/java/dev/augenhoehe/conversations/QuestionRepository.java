package dev.augenhoehe.conversations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface QuestionRepository extends ListCrudRepository<Question, Long> {

    Optional<Question> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Question> findByWorkspaceIdAndIdIn(long workspaceId, Collection<Long> ids);

    List<Question> findByWorkspaceIdAndEngagementId(long workspaceId, long engagementId);

    List<Question> findByWorkspaceIdAndConversationId(long workspaceId, long conversationId);

    /**
     * The newest questions of the workspace. Written out for H2: with the plain "order by asked_at desc" it read the
     * workspace's every question through the foreign key's index and sorted them; the (always true) range on
     * asked_at and the ordering by both columns let it walk ix_client_question_asked backwards and stop at the limit.
     */
    @Query("""
            select * from client_question where workspace_id = :workspaceId and asked_at > :after
            order by workspace_id desc, asked_at desc, id desc offset :offset rows fetch first :limit rows only""")
    List<Question> newestAfter(long workspaceId, java.time.LocalDateTime after, int offset, int limit);

    /** The newest questions of the workspace, {@code limit} of them after skipping {@code offset}. */
    default List<Question> newest(long workspaceId, int offset, int limit) {
        return newestAfter(workspaceId, java.time.LocalDateTime.of(1900, 1, 1, 0, 0), offset, limit);
    }

    default List<Question> findByWorkspaceIdOrderByAskedAtDesc(long workspaceId, Limit limit) {
        return newest(workspaceId, 0, limit.max());
    }
}
