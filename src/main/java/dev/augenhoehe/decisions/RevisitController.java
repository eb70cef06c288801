package dev.augenhoehe.decisions;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.clients.Engagements;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** Workspace-wide: the decisions in force that said when to look at them again, soonest first. */
@Controller
class RevisitController {

    static final String VIEW = "decisions/revisit";
    static final String LIST = "decisions/revisit :: list";

    record Row(DecisionView decision, EngagementRef engagement) {
    }

    /** The decisions to revisit with their engagements, soonest first; archived engagements drop out. */
    static List<Row> rows(DecisionService service, Engagements engagements, long workspaceId) {
        List<DecisionView> due = service.toRevisit(workspaceId);
        Map<Long, EngagementRef> refs = engagements.findAll(workspaceId,
                due.stream().map(DecisionView::engagementId).distinct().toList());
        return due.stream().filter(d -> refs.containsKey(d.engagementId()) && !refs.get(d.engagementId()).archived())
                .map(d -> new Row(d, refs.get(d.engagementId()))).toList();
    }

    private final DecisionService service;
    private final Engagements engagements;

    RevisitController(DecisionService service, Engagements engagements) {
        this.service = service;
        this.engagements = engagements;
    }

    @GetMapping("/decisions")
    String revisit(@AuthenticationPrincipal SignedInUser user,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("rows", rows(service, engagements, user.workspaceId()));
        model.addAttribute("today", java.time.LocalDate.now(ClientChoiceRecorder.ZONE));
        return htmx != null ? LIST : VIEW;
    }
}
