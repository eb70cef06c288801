package dev.augenhoehe.sharing;

import dev.augenhoehe.clients.EngagementOverviewSection;
import dev.augenhoehe.clients.EngagementRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The engagement overview's part for sharing: its links with their numbers, and what the client answered. */
@Component
class SharesSection implements EngagementOverviewSection {

    record Row(Share share, ShareOpens.Stats stats, boolean usable, long unread) {
    }

    record Data(EngagementRef engagement, List<Row> shares, List<ClientResponse> responses, Instant now) {
    }

    private final ShareService shares;
    private final ShareOpens opens;

    SharesSection(ShareService shares, ShareOpens opens) {
        this.shares = shares;
        this.opens = opens;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Content> content(long workspaceId, EngagementRef engagement) {
        List<Share> list = shares.ofEngagement(workspaceId, engagement.id());
        List<ClientResponse> responses = shares.responsesOfEngagement(workspaceId, engagement.id());
        Map<Long, Long> unread = responses.stream().filter(ClientResponse::isUnread)
                .collect(Collectors.groupingBy(ClientResponse::shareId, Collectors.counting()));
        Map<Long, ShareOpens.Stats> stats = opens.of(list.stream().map(Share::id).toList());
        Instant now = shares.now();
        List<Row> rows = list.stream().map(s -> new Row(s, stats.getOrDefault(s.id(), ShareOpens.Stats.NEVER),
                s.isUsable(now), unread.getOrDefault(s.id(), 0L))).toList();
        return Optional.of(new Content("sharing/sections", "shares",
                new Data(engagement, rows, responses.stream().limit(20).toList(), now)));
    }
}
