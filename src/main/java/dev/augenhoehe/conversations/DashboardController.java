package dev.augenhoehe.conversations;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.clients.Engagements;
import dev.augenhoehe.system.KeptFragments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: what is waiting across all engagements, the client's open questions and the open topics. It is the
 * page a consultant comes back to most and the dearest to build (its lists read some thousand rows and render a few
 * hundred lines), so the lists are kept, rendered, until anything in the workspace is written.
 */
@Controller
class DashboardController {

    static final String VIEW = "conversations/dashboard";
    static final String LISTS = "lists";

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
    private final KeptFragments kept;

    DashboardController(ClientQuestions questions, ConversationService conversations, Engagements engagements,
            ObjectProvider<DashboardSection> sections, KeptFragments kept) {
        this.questions = questions;
        this.conversations = conversations;
        this.engagements = engagements;
        this.sections = sections;
        this.kept = kept;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal SignedInUser user, Locale locale, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        // per person: the sections show what the viewer's role may see
        model.addAttribute(LISTS, kept.render(new KeptFragments.Part(VIEW, LISTS, user.workspaceId(), locale,
                user.userId()), () -> lists(user), request, response));
        return VIEW;
    }

    private Map<String, Object> lists(SignedInUser user) {
        Map<String, Object> model = new HashMap<>();
        long workspaceId = user.workspaceId();
        List<ClientQuestions.Open> open = questions.openInWorkspace(workspaceId);
        Map<Long, CoverageSummary> coverage = conversations.coverageOfRecentEngagements(workspaceId,
                RECENT_ENGAGEMENTS);
        Set<Long> ids = new HashSet<>(coverage.keySet());
        open.forEach(q -> ids.add(q.engagementId()));
        Map<Long, EngagementRef> refs = engagements.findAll(workspaceId, ids);
        model.put("openQuestions", open.stream()
                .filter(q -> refs.containsKey(q.engagementId()) && !refs.get(q.engagementId()).archived())
                .map(q -> new OpenQuestion(q, refs.get(q.engagementId())))
                .sorted(Comparator.comparing((OpenQuestion o) -> o.question().askedAt()))
                .toList());
        model.put("openTopics", coverage.entrySet().stream()
                .filter(e -> refs.containsKey(e.getKey()) && !refs.get(e.getKey()).archived())
                .filter(e -> !e.getValue().points().isEmpty())
                .map(e -> new OpenTopics(refs.get(e.getKey()), e.getValue()))
                .limit(OPEN_TOPICS_SHOWN)
                .sorted(Comparator.comparing((OpenTopics o) -> o.engagement().title(), String.CASE_INSENSITIVE_ORDER))
                .toList());
        model.put("sections", sections.orderedStream()
                .sorted(Comparator.comparingInt(DashboardSection::order))
                .map(section -> section.content(user)).flatMap(java.util.Optional::stream).toList());
        return model;
    }
}
