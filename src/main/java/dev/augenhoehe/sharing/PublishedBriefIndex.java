package dev.augenhoehe.sharing;

import dev.augenhoehe.briefs.PublishedBriefs;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which brief versions are published, asked of the briefs module, which owns that fact: the composer lists an
 * engagement's published briefs, and the share list says when a share shows an older version than the newest.
 */
@Component
class PublishedBriefIndex {

    record Entry(long briefId, int version, long questionId) {
    }

    private final PublishedBriefs published;

    PublishedBriefIndex(PublishedBriefs published) {
        this.published = published;
    }

    /** The newest published version of each brief that answers one of these questions. */
    List<Entry> latestForQuestions(long workspaceId, Collection<Long> questionIds) {
        return published.latestForQuestions(workspaceId, questionIds).stream()
                .map(l -> new Entry(l.briefId(), l.version(), l.questionId())).toList();
    }

    /** The newest known version per brief, for telling the consultant a share shows an older one. */
    Map<Long, Integer> latestVersions(long workspaceId, Collection<Long> briefIds) {
        return published.latestVersions(workspaceId, briefIds);
    }
}
