package dev.augenhoehe.knowledge;

import dev.augenhoehe.accounts.SignedInUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The knowledge start page: one search over templates, glossary and past briefs, and the ways in. */
@Controller
class KnowledgeController {

    static final String VIEW = "knowledge/index";
    static final int RESULTS = 20;

    private final KnowledgeSearch search;

    KnowledgeController(KnowledgeSearch search) {
        this.search = search;
    }

    @GetMapping("/knowledge")
    String index(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        String query = q == null ? "" : q.strip();
        List<SearchHit> hits = List.of();
        if (query.length() > KnowledgeSearch.MAX_QUERY) {
            model.addAttribute("queryError", "knowledge.search.tooLong");
        } else if (!query.isEmpty()) {
            hits = search.search(user.workspaceId(), query, GlossaryController.language(user), RESULTS);
        }
        model.addAttribute("q", query);
        model.addAttribute("hits", hits);
        model.addAttribute("indexing", search.isIndexing());
        return htmx != null ? VIEW + " :: results" : VIEW;
    }
}
