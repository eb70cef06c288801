package dev.augenhoehe.sharing;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.conversations.DashboardSection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The start page's eye-level score: the chart per consultant and the latest things clients wrote, so the feedback is
 * seen where the day starts and not only on its own page. Left out until there is feedback.
 */
@Component
class ScoreDashboardSection implements DashboardSection {

    /** The start page shows the latest few texts; the score page shows them all. */
    static final int TEXTS_SHOWN = 3;

    record Data(List<EyeLevelScore> scores, int texts) {
    }

    private final ShareService shares;

    ScoreDashboardSection(ShareService shares) {
        this.shares = shares;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<Content> content(SignedInUser viewer) {
        List<EyeLevelScore> scores = shares.scores(viewer);
        return scores.isEmpty() ? Optional.empty()
                : Optional.of(new Content("sharing/sections", "score", new Data(scores, TEXTS_SHOWN)));
    }
}
