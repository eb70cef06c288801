package dev.augenhoehe.sharing;

import dev.augenhoehe.conversations.QuestionTrailContributor;
import dev.augenhoehe.conversations.TrailStep;
import dev.augenhoehe.conversations.TrailStep.Effect;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The question's trail, sharing's part: "sent to the client" (each share version with a brief on the question),
 * "client chose B", "client asked for more information", and on confirmation a step that decides the question.
 */
@Component
class SharingTrail implements QuestionTrailContributor {

    private final JdbcClient jdbc;

    SharingTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TrailStep> steps(long workspaceId, Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return List.of();
        }
        // The workspace is checked on each row rather than in the WHERE clause: next to an equality on an indexed
        // workspace_id, H2 ignores the IN list for its index and reads every row of the workspace. The ids come from
        // this workspace's questions; the check keeps it so whatever a caller passes.
        List<TrailStep> steps = new ArrayList<>(jdbc.sql("select b.question_id, v.created_at, v.share_id, "
                        + "b.brief_version, s.title, s.workspace_id from client_share_brief b "
                        + "join client_share_version v on v.id = b.share_version_id "
                        + "join client_share s on s.id = v.share_id "
                        + "where b.question_id in (:q)")
                .param("q", questionIds)
                .query((rs, i) -> rs.getLong(6) != workspaceId ? null : TrailStep.of(rs.getLong(1),
                        rs.getTimestamp(2).toInstant(), Effect.NONE, "sharing.trail.sent", "/shares/" + rs.getLong(3),
                        rs.getInt(4), rs.getString(5)))
                .list().stream().filter(java.util.Objects::nonNull).toList());
        jdbc.sql("select question_id, kind, updated_at, share_id, option_index, option_name, confirmed_at, "
                        + "workspace_id from client_response where question_id in (:q)")
                .param("q", questionIds)
                .query((rs, i) -> {
                    if (rs.getLong(8) != workspaceId) {
                        return List.<TrailStep>of();
                    }
                    long question = rs.getLong(1);
                    String href = "/shares/" + rs.getLong(4);
                    List<TrailStep> out = new ArrayList<>();
                    if ("CHOICE".equals(rs.getString(2))) {
                        out.add(TrailStep.of(question, rs.getTimestamp(3).toInstant(), Effect.NONE,
                                "sharing.trail.chose", href, letter(rs.getInt(5)), rs.getString(6)));
                        Timestamp confirmed = rs.getTimestamp(7);
                        if (confirmed != null) {
                            out.add(TrailStep.of(question, confirmed.toInstant(), Effect.DECIDED,
                                    "sharing.trail.confirmed", href, letter(rs.getInt(5)), rs.getString(6)));
                        }
                    } else {
                        out.add(TrailStep.of(question, rs.getTimestamp(3).toInstant(), Effect.NONE,
                                "sharing.trail.moreInfo", href));
                    }
                    return out;
                })
                .list().forEach(steps::addAll);
        return steps;
    }

    /** Only a confirmed choice changes the status (it decides); sent shares and unconfirmed answers only tell. */
    @Override
    public List<TrailStep> statusSteps(long workspaceId, Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return List.of();
        }
        // by question id alone, the workspace checked on each row (see steps)
        return jdbc.sql("select question_id, confirmed_at, share_id, option_index, option_name, workspace_id"
                        + " from client_response where question_id in (:q) and kind = 'CHOICE'"
                        + " and confirmed_at is not null")
                .param("q", questionIds)
                .query((rs, i) -> rs.getLong(6) != workspaceId ? null : TrailStep.of(rs.getLong(1),
                        rs.getTimestamp(2).toInstant(), Effect.DECIDED, "sharing.trail.confirmed",
                        "/shares/" + rs.getLong(3), letter(rs.getInt(4)), rs.getString(5)))
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Options are told as A, B, C like on the client's page. */
    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
