package dev.augenhoehe.conversations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ConversationRepository extends ListCrudRepository<Conversation, Long> {

    Optional<Conversation> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Conversation> findByWorkspaceIdAndEngagementIdOrderByHeldAtDesc(long workspaceId, long engagementId);

    List<Conversation> findByWorkspaceId(long workspaceId);

    List<Conversation> findByWorkspaceIdAndEngagementIdIn(long workspaceId, Collection<Long> engagementIds);

    /** Which engagement each conversation belongs to, and its workspace (the caller checks it on each row). */
    record EngagementOf(long workspaceId, long conversationId, long engagementId) {
    }

    /**
     * The conversations of these engagements as ids alone, mapped by column index: the dashboard needs only which
     * engagement a conversation's topics count for, and loading the whole rows by name was a fifteenth of its CPU.
     */
    @Query(value = "select workspace_id, id, engagement_id from conversation where engagement_id in (:engagementIds)",
            rowMapperClass = EngagementOfRows.class)
    List<EngagementOf> engagementsOf(Collection<Long> engagementIds);

    final class EngagementOfRows implements org.springframework.jdbc.core.RowMapper<EngagementOf> {
        @Override
        public EngagementOf mapRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
            return new EngagementOf(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

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
