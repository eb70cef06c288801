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

    /** The newest published version, or empty while the brief is a first draft. */
    public Optional<PublishedVersion> latest(long workspaceId, long briefId) {
        return briefs.findByIdAndWorkspaceId(briefId, workspaceId)
                .filter(b -> b.publishedVersion() > 0)
                .flatMap(b -> version(workspaceId, briefId, b.publishedVersion()));
    }
}
