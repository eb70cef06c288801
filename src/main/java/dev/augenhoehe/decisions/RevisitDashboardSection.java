package dev.augenhoehe.decisions;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.clients.Engagements;
import dev.augenhoehe.conversations.DashboardSection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The start page's part of the decision log: the next decisions to look at again, soonest first. */
@Component
class RevisitDashboardSection implements DashboardSection {

    /** The start page shows the next few; the whole list is on /decisions. */
    static final int SHOWN = 5;

    record Data(List<RevisitController.Row> next, int total, LocalDate today) {
    }

    private final DecisionService service;
    private final Engagements engagements;

    RevisitDashboardSection(DecisionService service, Engagements engagements) {
        this.service = service;
        this.engagements = engagements;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Content> content(SignedInUser viewer) {
        List<RevisitController.Row> rows = RevisitController.rows(service, engagements, viewer.workspaceId());
        return Optional.of(new Content("decisions/sections", "revisit", new Data(rows.stream().limit(SHOWN).toList(),
                rows.size(), LocalDate.now(ClientChoiceRecorder.ZONE))));
    }
}
