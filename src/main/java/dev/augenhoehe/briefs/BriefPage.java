package dev.augenhoehe.briefs;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.clients.Engagements;
import dev.augenhoehe.conversations.ClientQuestion;
import dev.augenhoehe.system.Markdown;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every brief page shows at the top: the client's question (read-only) and where it belongs. */
@Component
class BriefPage {

    private final BriefService briefs;
    private final Engagements engagements;
    private final Markdown markdown;

    BriefPage(BriefService briefs, Engagements engagements, Markdown markdown) {
        this.briefs = briefs;
        this.engagements = engagements;
        this.markdown = markdown;
    }

    /** Loads the brief (404 for a foreign id) and puts it, its question and engagement into the model. */
    Brief prepare(SignedInUser user, long briefId, Model model) {
        Brief brief = briefs.brief(user.workspaceId(), briefId);
        ClientQuestion question = briefs.question(user.workspaceId(), brief.questionId());
        model.addAttribute("brief", brief);
        model.addAttribute("md", markdown);
        model.addAttribute("question", question);
        model.addAttribute("engagement", engagements.find(user.workspaceId(), question.engagementId()).orElse(null));
        return brief;
    }

    /** The client of the brief's engagement, as {@link #prepare} put it into the model; null when unknown. */
    static Long clientId(Model model) {
        return model.getAttribute("engagement") instanceof dev.augenhoehe.clients.EngagementRef e ? e.clientId() : null;
    }

}
