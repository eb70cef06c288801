package dev.augenhoehe.conversations;

import dev.augenhoehe.language.Language;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.jdbc.core.RowMapper;

interface ConversationRepository extends ListCrudRepository<Conversation, Long> {

    /** Written out and mapped by column index: both pages of a conversation and the engagement page read these. */
    @Query(value = "select " + COLUMNS + " from conversation where id = :id and workspace_id = :workspaceId",
            rowMapperClass = ConversationRows.class)
    Optional<Conversation> findByIdAndWorkspaceId(long id, long workspaceId);

    @Query(value = "select " + COLUMNS + " from conversation where workspace_id = :workspaceId"
            + " and engagement_id = :engagementId order by held_at desc", rowMapperClass = ConversationRows.class)
    List<Conversation> findByWorkspaceIdAndEngagementIdOrderByHeldAtDesc(long workspaceId, long engagementId);

    String COLUMNS = "id, workspace_id, engagement_id, kind, held_at, participants, language, guide_revision,"
            + " created_by, created_at, version";

    final class ConversationRows implements RowMapper<Conversation> {
        @Override
        public Conversation mapRow(ResultSet rs, int row) throws SQLException {
            return new Conversation(rs.getLong(1), rs.getLong(2), rs.getLong(3), ConversationKind.valueOf(rs.getString(4)),
                    rs.getObject(5, LocalDateTime.class), rs.getString(6), Language.valueOf(rs.getString(7)),
                    rs.getInt(8), rs.getLong(9), rs.getObject(10, OffsetDateTime.class).toInstant(), rs.getInt(11));
        }
    }

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
