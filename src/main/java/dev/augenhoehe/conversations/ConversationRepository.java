package dev.augenhoehe.conversations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ConversationRepository extends ListCrudRepository<Conversation, Long> {

    Optional<Conversation> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Conversation> findByWorkspaceIdAndEngagementIdOrderByHeldAtDesc(long workspaceId, long engagementId);

    List<Conversation> findByWorkspaceId(long workspaceId);

    /**
     * The engagements of the newest conversations, newest first, with repeats: bounded work however many
     * conversations there are (the range on held_at and the ordering by both columns let H2 walk the index backwards).
     */
    @Query("select engagement_id from conversation where workspace_id = :workspaceId and held_at > :after"
            + " order by workspace_id desc, held_at desc fetch first :limit rows only")
    List<Long> engagementsOfNewest(long workspaceId, java.time.LocalDateTime after, int limit);

    /** The engagements talked to most recently, newest first. */
    @Query("select engagement_id from conversation where workspace_id = :workspaceId group by engagement_id"
            + " order by max(held_at) desc, engagement_id desc limit :limit")
    List<Long> recentlyTalkedTo(long workspaceId, int limit);

    long countByWorkspaceIdAndEngagementId(long workspaceId, long engagementId);
}
