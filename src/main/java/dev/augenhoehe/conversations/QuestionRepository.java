package dev.augenhoehe.conversations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.jdbc.core.RowMapper;

interface QuestionRepository extends ListCrudRepository<Question, Long> {

    // written out: the brief and question pages read it on every view, and Spring Data built a derived query's
    // SQL anew on each call (a tenth of the brief page)
    @Query("select * from client_question where id = :id and workspace_id = :workspaceId")
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

    /** A question as a list shows it: no asker, topic, source or version. */
    record Head(long id, long engagementId, String text, LocalDateTime askedAt) {
    }

    /** {@link #newestAfter} with only the columns of a {@link Head}, mapped by column index (the dashboard's 100). */
    @Query(value = """
            select id, engagement_id, text, asked_at from client_question where workspace_id = :workspaceId
            and asked_at > :after
            order by workspace_id desc, asked_at desc, id desc offset :offset rows fetch first :limit rows only""",
            rowMapperClass = HeadRows.class)
    List<Head> newestHeadsAfter(long workspaceId, LocalDateTime after, int offset, int limit);

    default List<Head> newestHeads(long workspaceId, int offset, int limit) {
        return newestHeadsAfter(workspaceId, LocalDateTime.of(1900, 1, 1, 0, 0), offset, limit);
    }

    final class HeadRows implements RowMapper<Head> {
        @Override
        public Head mapRow(ResultSet rs, int row) throws SQLException {
            return new Head(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDateTime.class));
        }
    }

    /** A question's columns a list shows, with its workspace (see {@link LineRows}). */
    record Line(long id, long workspaceId, long engagementId, String text, String askedBy, LocalDateTime askedAt) {
    }

    /** The engagement's questions as the engagement page lists them, mapped by column index. */
    @Query(value = "select id, workspace_id, engagement_id, text, asked_by, asked_at from client_question"
            + " where workspace_id = :workspaceId and engagement_id = :engagementId order by id",
            rowMapperClass = LineRows.class)
    List<Line> linesOfEngagement(long workspaceId, long engagementId);

    /** The conversation's questions as its summary lists them, mapped by column index. */
    @Query(value = "select id, workspace_id, engagement_id, text, asked_by, asked_at from client_question"
            + " where workspace_id = :workspaceId and conversation_id = :conversationId order by id",
            rowMapperClass = LineRows.class)
    List<Line> linesOfConversation(long workspaceId, long conversationId);

    final class LineRows implements RowMapper<Line> {
        @Override
        public Line mapRow(ResultSet rs, int row) throws SQLException {
            return new Line(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                    rs.getObject(6, LocalDateTime.class));
        }
    }

    default List<Question> findByWorkspaceIdOrderByAskedAtDesc(long workspaceId, Limit limit) {
        return newest(workspaceId, 0, limit.max());
    }
}
