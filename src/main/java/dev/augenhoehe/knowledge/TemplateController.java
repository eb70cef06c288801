package dev.augenhoehe.knowledge;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.system.NotFoundException;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Browse the decision templates, shipped and the workspace's own, and read one in full. */
@Controller
@RequestMapping("/knowledge/templates")
class TemplateController {

    static final String LIST = "knowledge/templates";
    static final String DETAIL = "knowledge/template";
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final DecisionTemplates templates;
    private final WorkspaceTemplates workspaceTemplates;
    private final WorkspaceGlossary glossary;

    TemplateController(DecisionTemplates templates, WorkspaceTemplates workspaceTemplates,
            WorkspaceGlossary glossary) {
        this.templates = templates;
        this.workspaceTemplates = workspaceTemplates;
        this.glossary = glossary;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        String query = q == null ? "" : q.strip();
        if (query.length() > KnowledgeSearch.MAX_QUERY) {
            model.addAttribute("queryError", "knowledge.search.tooLong");
            query = "";
        }
        model.addAttribute("q", query);
        model.addAttribute("templates", templates.list(user.workspaceId(), GlossaryController.language(user), query));
        return htmx != null ? LIST + " :: results" : LIST;
    }

    @GetMapping("/{key}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable String key, Model model) {
        if (!KEY.matcher(key).matches()) {
            throw new NotFoundException();
        }
        Language language = GlossaryController.language(user);
        DecisionTemplate template = templates.find(user.workspaceId(), key, language)
                .orElseThrow(NotFoundException::new);
        model.addAttribute("template", template);
        model.addAttribute("c", template.content());
        model.addAttribute("terms", glossary.terms(user.workspaceId(), template.content().terms()));
        model.addAttribute("language", template.language());
        return DETAIL;
    }

    @PostMapping("/{key}/delete")
    String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable String key, RedirectAttributes redirect) {
        long id = workspaceId(key);
        workspaceTemplates.find(user.workspaceId(), id).orElseThrow(NotFoundException::new);
        if (!user.isOwner()) {
            throw new AccessDeniedException("only the owner deletes workspace templates");
        }
        workspaceTemplates.delete(user.workspaceId(), id);
        redirect.addFlashAttribute("flash", "knowledge.templates.deleted");
        return "redirect:/knowledge/templates";
    }

    private static long workspaceId(String key) {
        if (key == null || !key.startsWith(DecisionTemplate.WORKSPACE_PREFIX)) {
            throw new NotFoundException();
        }
        try {
            return Long.parseLong(key.substring(DecisionTemplate.WORKSPACE_PREFIX.length()));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
