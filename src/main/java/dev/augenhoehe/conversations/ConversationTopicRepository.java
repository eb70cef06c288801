package dev.augenhoehe.conversations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.jdbc.core.RowMapper;

interface ConversationTopicRepository extends ListCrudRepository<ConversationTopic, Long> {

    /**
     * The conversation's topics, whole (its summary shows their notes), written out and mapped by column index: the
     * derived query's SQL was built on every view and the mapping by name cost as much again.
     */
    @Query(value = "select id, workspace_id, conversation_id, position, topic_key, title, questions, open_phrase,"
            + " notes, marked, notes_saved_at, notes_version from conversation_topic"
            + " where conversation_id = :conversationId and workspace_id = :workspaceId order by position",
            rowMapperClass = TopicRows.class)
    List<ConversationTopic> findByWorkspaceIdAndConversationIdOrderByPositionAsc(long workspaceId,
            long conversationId);

    final class TopicRows implements RowMapper<ConversationTopic> {
        @Override
        public ConversationTopic mapRow(ResultSet rs, int row) throws SQLException {
            java.time.OffsetDateTime saved = rs.getObject(11, java.time.OffsetDateTime.class);
            return new ConversationTopic(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                    Coverage.valueOf(rs.getString(10)), saved == null ? null : saved.toInstant(), rs.getInt(12));
        }
    }

    /** A topic's title with its workspace (checked by the caller). */
    record Title(long id, long workspaceId, String title) {
    }

    /** Only the titles, for the questions that name their topic (not whole topics with their notes). */
    @Query(value = "select id, workspace_id, title from conversation_topic where id in (:ids)",
            rowMapperClass = TitleRows.class)
    List<Title> titlesOf(Collection<Long> ids);

    final class TitleRows implements RowMapper<Title> {
        @Override
        public Title mapRow(ResultSet rs, int row) throws SQLException {
            return new Title(rs.getLong(1), rs.getLong(2), rs.getString(3));
        }
    }

    List<ConversationTopic> findByConversationIdIn(Collection<Long> conversationIds);

    /** A topic's coverage with the engagement its conversation belongs to. */
    record EngagementTopic(long engagementId, CoverageSummary.TopicCoverage topic) {
    }

    /**
     * Coverage of all conversations of these engagements, without the topics' notes (mapping the notes of hundreds of
     * topics was most of it), in one query. Joined from the conversations, so the IN list is checked on the few
     * conversation rows and each conversation's topics come from its index (with the conversations' ids in the list,
     * H2 compared each of about a thousand topic rows with every id of it). Mapped by column index: the entity
     * mapping by name was a quarter of the dashboard's CPU. By engagement id alone, the caller checks the workspace on
     * each row (next to an equality on workspace_id, H2 ignores the IN list for its index).
     */
    @Query(value = "select t.workspace_id, t.conversation_id, t.position, t.topic_key, t.title, t.open_phrase,"
            + " t.marked, case when t.notes is null or trim(t.notes) = '' then false else true end as has_notes,"
            + " c.engagement_id from conversation c join conversation_topic t on t.conversation_id = c.id"
            + " where c.engagement_id in (:engagementIds)",
            rowMapperClass = EngagementTopicRows.class)
    List<EngagementTopic> coverageOfEngagements(Collection<Long> engagementIds);

    final class EngagementTopicRows implements RowMapper<EngagementTopic> {
        @Override
        public EngagementTopic mapRow(ResultSet rs, int row) throws SQLException {
            return new EngagementTopic(rs.getLong(9), new CoverageSummary.TopicCoverage(rs.getLong(1), rs.getLong(2),
                    rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), Coverage.valueOf(rs.getString(7)),
                    rs.getBoolean(8)));
        }
    }

    // The workspace is checked here rather than in SQL: next to an equality on workspace_id, H2 ignores the IN list
    // for its index and read every topic of the workspace. The ids come from this workspace's conversations; the
    // filter keeps it so whatever a caller passes.
    default List<ConversationTopic> findByWorkspaceIdAndConversationIdIn(long workspaceId,
            Collection<Long> conversationIds) {
        return conversationIds.isEmpty() ? List.of() : findByConversationIdIn(conversationIds).stream()
                .filter(topic -> topic.workspaceId() == workspaceId).toList();
    }

    Optional<ConversationTopic> findByIdAndWorkspaceIdAndConversationId(long id, long workspaceId,
            long conversationId);

    /** Writes the notes only if nobody saved them since {@code expected}: 1 if saved, 0 if they had changed. */
    @Modifying
    @Query("update conversation_topic set notes = :notes, notes_saved_at = :savedAt,"
            + " notes_version = notes_version + 1"
            + " where id = :id and workspace_id = :workspaceId and notes_version = :expected")
    int saveNotesIfUnchanged(long id, long workspaceId, String notes, Instant savedAt, int expected);

    /** Coverage alone: writing the whole row could put back notes another request saved a moment ago. */
    @Modifying
    @Query("update conversation_topic set marked = :marked where id = :id and workspace_id = :workspaceId")
    int mark(long id, long workspaceId, String marked);
}
