package dev.augenhoehe.briefs;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Published, fixed versions of briefs, for the modules that show them to clients (sharing) or record what was
 * decided (decisions). A draft is never visible through here.
 */
@Service
public class PublishedBriefs {

    /** A fixed version as published. */
    public record PublishedVersion(long briefId, int version, long questionId, Instant publishedAt,
            BriefContent content) {
    }

    private final BriefRepository briefs;
    private final BriefVersionRepository versions;

    PublishedBriefs(BriefRepository briefs, BriefVersionRepository versions) {
        this.briefs = briefs;
        this.versions = versions;
    }

    public Optional<PublishedVersion> version(long workspaceId, long briefId, int version) {
        return briefs.findByIdAndWorkspaceId(briefId, workspaceId).flatMap(b -> versions
                .findByWorkspaceIdAndBriefIdAndVersionNumber(workspaceId, briefId, version)
                .map(v -> new PublishedVersion(briefId, v.versionNumber(), b.questionId(), v.publishedAt(),
                        v.content())));
    }

    /** A brief's newest published version number, by brief, for the briefs that answer one of these questions. */
    public record Latest(long briefId, int version, long questionId) {
    }

    /** The newest published version of each brief that answers one of these questions, oldest brief first. */
    public java.util.List<Latest> latestForQuestions(long workspaceId, java.util.Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return java.util.List.of();
        }
        return briefs.headsOf(workspaceId, questionIds).stream()
                .filter(b -> b.publishedVersion() > 0)
                .sorted(java.util.Comparator.comparing(BriefRepository.Head::id))
                .map(b -> new Latest(b.id(), b.publishedVersion(), b.questionId())).toList();
    }

    /** The newest published version number of each of these briefs (unpublished ones are left out). */
    public java.util.Map<Long, Integer> latestVersions(long workspaceId, java.util.Collection<Long> briefIds) {
        if (briefIds.isEmpty()) {
            return java.util.Map.of();
        }
        return briefs.findByWorkspaceIdAndIdIn(workspaceId, briefIds).stream()
                .filter(b -> b.publishedVersion() > 0)
                .collect(java.util.stream.Collectors.toMap(Brief::id, Brief::publishedVersion));
    }

    /** The newest published version, or empty while the brief is a first draft. */
    public Optional<PublishedVersion> latest(long workspaceId, long briefId) {
        return briefs.findByIdAndWorkspaceId(briefId, workspaceId)
                .filter(b -> b.publishedVersion() > 0)
                .flatMap(b -> version(workspaceId, briefId, b.publishedVersion()));
    }
}
