package dev.augenhoehe.sharing;

import dev.augenhoehe.briefs.BriefPublished;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which brief versions are published, per question, learnt from {@link BriefPublished}. The briefs module offers
 * the versions by id only; this index lets the composer list an engagement's published briefs. It listens inside
 * the publishing transaction (not asynchronously) so a brief is listed exactly when its publication commits.
 */
@Component
class PublishedBriefIndex {

    record Entry(long briefId, int version, long questionId) {
    }

    private final JdbcClient jdbc;

    PublishedBriefIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(BriefPublished published) {
        int known = jdbc.sql("select count(*) from sharing_published_brief where brief_id = ? and version = ?")
                .params(published.briefId(), published.version()).query(Integer.class).single();
        if (known == 0) {
            jdbc.sql("insert into sharing_published_brief (workspace_id, brief_id, version, question_id) "
                    + "values (?, ?, ?, ?)")
                    .params(published.workspaceId(), published.briefId(), published.version(), published.questionId())
                    .update();
        }
    }

    /** The newest published version of each brief that answers one of these questions. */
    List<Entry> latestForQuestions(long workspaceId, Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select brief_id, max(version) as version, max(question_id) as question_id "
                        + "from sharing_published_brief where workspace_id = :w and question_id in (:q) "
                        + "group by brief_id order by brief_id")
                .param("w", workspaceId).param("q", questionIds)
                .query((rs, i) -> new Entry(rs.getLong("brief_id"), rs.getInt("version"), rs.getLong("question_id")))
                .list();
    }

    /** The newest known version per brief, for telling the consultant a share shows an older one. */
    Map<Long, Integer> latestVersions(long workspaceId, Collection<Long> briefIds) {
        if (briefIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select brief_id, max(version) as version from sharing_published_brief "
                        + "where workspace_id = :w and brief_id in (:b) group by brief_id")
                .param("w", workspaceId).param("b", briefIds)
                .query((rs, i) -> Map.entry(rs.getLong("brief_id"), rs.getInt("version"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
