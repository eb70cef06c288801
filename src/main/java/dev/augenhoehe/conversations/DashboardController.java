package dev.augenhoehe.conversations;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.clients.Engagements;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** The start page: what is waiting across all engagements, the client's open questions and the open topics. */
@Controller
class DashboardController {

    static final String VIEW = "conversations/dashboard";
    static final String QUESTIONS = "conversations/dashboard :: openQuestions";

    record OpenQuestion(ClientQuestions.Open question, EngagementRef engagement) {
    }

    record OpenTopics(EngagementRef engagement, CoverageSummary coverage) {
    }

    /** Engagements looked at for open topics: the most recently talked to; archived ones drop out after. */
    static final int RECENT_ENGAGEMENTS = 30;
    static final int OPEN_TOPICS_SHOWN = 20;

    private final ClientQuestions questions;
    private final ConversationService conversations;
    private final Engagements engagements;
    private final ObjectProvider<DashboardSection> sections;

    DashboardController(ClientQuestions questions, ConversationService conversations, Engagements engagements,
            ObjectProvider<DashboardSection> sections) {
        this.questions = questions;
        this.conversations = conversations;
        this.engagements = engagements;
        this.sections = sections;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal SignedInUser user,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        long workspaceId = user.workspaceId();
        List<ClientQuestions.Open> open = questions.openInWorkspace(workspaceId);
        Map<Long, CoverageSummary> coverage = conversations.coverageOfRecentEngagements(workspaceId,
                RECENT_ENGAGEMENTS);
        Set<Long> ids = new HashSet<>(coverage.keySet());
        open.forEach(q -> ids.add(q.engagementId()));
        Map<Long, EngagementRef> refs = engagements.findAll(workspaceId, ids);
        model.addAttribute("openQuestions", open.stream()
                .filter(q -> refs.containsKey(q.engagementId()) && !refs.get(q.engagementId()).archived())
                .map(q -> new OpenQuestion(q, refs.get(q.engagementId())))
                .sorted(Comparator.comparing((OpenQuestion o) -> o.question().askedAt()))
                .toList());
        model.addAttribute("openTopics", coverage.entrySet().stream()
                .filter(e -> refs.containsKey(e.getKey()) && !refs.get(e.getKey()).archived())
                .filter(e -> !e.getValue().points().isEmpty())
                .map(e -> new OpenTopics(refs.get(e.getKey()), e.getValue()))
                .limit(OPEN_TOPICS_SHOWN)
                .sorted(Comparator.comparing((OpenTopics o) -> o.engagement().title(), String.CASE_INSENSITIVE_ORDER))
                .toList());
        model.addAttribute("sections", sections.orderedStream()
                .sorted(Comparator.comparingInt(DashboardSection::order))
                .map(section -> section.content(user)).flatMap(java.util.Optional::stream).toList());
        return htmx != null ? QUESTIONS : VIEW;
    }
}
