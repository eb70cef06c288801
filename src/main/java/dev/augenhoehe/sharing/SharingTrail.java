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
        List<TrailStep> steps = new ArrayList<>(jdbc.sql("select b.question_id, v.created_at, v.share_id, "
                        + "b.brief_version, s.title from client_share_brief b "
                        + "join client_share_version v on v.id = b.share_version_id "
                        + "join client_share s on s.id = v.share_id "
                        + "where v.workspace_id = :w and b.question_id in (:q)")
                .param("w", workspaceId).param("q", questionIds)
                .query((rs, i) -> TrailStep.of(rs.getLong(1), rs.getTimestamp(2).toInstant(), Effect.NONE,
                        "sharing.trail.sent", "/shares/" + rs.getLong(3), rs.getInt(4), rs.getString(5)))
                .list());
        jdbc.sql("select question_id, kind, updated_at, share_id, option_index, option_name, confirmed_at "
                        + "from client_response where workspace_id = :w and question_id in (:q)")
                .param("w", workspaceId).param("q", questionIds)
                .query((rs, i) -> {
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

    /** Options are told as A, B, C like on the client's page. */
    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
