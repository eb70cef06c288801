package dev.augenhoehe.conversations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.RowMapper;

/** Insert and read only: a step of the trail is history. */
interface QuestionStepRepository extends Repository<QuestionStep, Long> {

    QuestionStep save(QuestionStep step);

    @Query("select * from question_step where question_id in (:questionIds)")
    List<QuestionStep> findByQuestionIdIn(Collection<Long> questionIds);

    // The workspace is checked here rather than in SQL: next to an equality on workspace_id, H2 ignores the IN list
    // for its index and read every row of the workspace (2 s for the dashboard of a large one). The ids come from
    // this workspace's questions; the filter keeps it so whatever a caller passes.
    default List<QuestionStep> findByWorkspaceIdAndQuestionIdIn(long workspaceId, Collection<Long> questionIds) {
        return questionIds.isEmpty() ? List.of() : findByQuestionIdIn(questionIds).stream()
                .filter(step -> step.workspaceId() == workspaceId).toList();
    }

    /** A step as far as the status goes: its kind and time, without its texts. */
    record Effect(long workspaceId, long questionId, QuestionStep.Kind kind, java.time.Instant at) {
        TrailStep toTrail() {
            return new TrailStep(questionId, at, kind.effect, "conversations.trail." + kind.name().toLowerCase(
                    java.util.Locale.ROOT), List.of(), null);
        }
    }

    /** The steps that change a status (not corrections), mapped by column index. By question id alone, see above. */
    @Query(value = "select workspace_id, question_id, kind, at from question_step"
            + " where question_id in (:questionIds) and kind <> 'EDITED'", rowMapperClass = EffectRows.class)
    List<Effect> effectsOf(Collection<Long> questionIds);

    final class EffectRows implements RowMapper<Effect> {
        @Override
        public Effect mapRow(ResultSet rs, int row) throws SQLException {
            return new Effect(rs.getLong(1), rs.getLong(2), QuestionStep.Kind.valueOf(rs.getString(3)),
                    rs.getObject(4, OffsetDateTime.class).toInstant());
        }
    }

    default List<TrailStep> statusStepsOf(long workspaceId, Collection<Long> questionIds) {
        return questionIds.isEmpty() ? List.of() : effectsOf(questionIds).stream()
                .filter(step -> step.workspaceId() == workspaceId).map(Effect::toTrail).toList();
    }

    Optional<QuestionStep> findFirstByWorkspaceIdAndQuestionIdAndKindOrderByAtDesc(long workspaceId, long questionId,
            QuestionStep.Kind kind);
}
