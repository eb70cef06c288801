package dev.augenhoehe.briefs;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.clients.Engagements;
import dev.augenhoehe.conversations.ClientQuestion;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.system.KeptFragments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Starting a brief for a question, the list of briefs, a brief's page and its fixed versions. */
@Controller
class BriefPagesController {

    static final String START = "briefs/start";
    static final String LIST = "briefs/list";
    static final String VIEW = "briefs/view";
    static final String VERSION = "briefs/version";
    static final String KEPT_BODY = "body";

    private final BriefService briefs;
    private final BriefPage page;
    private final Engagements engagements;
    private final KeptFragments kept;

    BriefPagesController(BriefService briefs, BriefPage page, Engagements engagements, KeptFragments kept) {
        this.kept = kept;
        this.briefs = briefs;
        this.page = page;
        this.engagements = engagements;
    }

    @GetMapping("/briefs")
    String list(@AuthenticationPrincipal SignedInUser user,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        var list = briefs.recent(user.workspaceId());
        model.addAttribute("briefs", list);
        model.addAttribute("questions", briefs.questionTexts(user.workspaceId(), list));
        return htmx != null ? LIST + " :: body" : LIST;
    }

    @GetMapping("/questions/{questionId}/briefs/new")
    String start(@AuthenticationPrincipal SignedInUser user, @PathVariable long questionId,
            @RequestParam(required = false) String language,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        ClientQuestion question = briefs.question(user.workspaceId(), questionId);
        Language lang = Language.parse(language) != null ? Language.parse(language)
                : briefs.defaultLanguage(user.workspaceId(), questionId, user.language());
        model.addAttribute("question", question);
        model.addAttribute("engagement", engagements.find(user.workspaceId(), question.engagementId()).orElse(null));
        model.addAttribute("existing", briefs.ofQuestion(user.workspaceId(), questionId));
        model.addAttribute("language", lang);
        model.addAttribute("templates", briefs.templates(user.workspaceId(), lang));
        return htmx != null ? START + " :: templates" : START;
    }

    @PostMapping("/questions/{questionId}/briefs")
    String create(@AuthenticationPrincipal SignedInUser user, @PathVariable long questionId,
            @RequestParam(required = false) String language, @RequestParam(required = false) String template,
            RedirectAttributes redirect) {
        Language lang = Language.parse(language) != null ? Language.parse(language)
                : briefs.defaultLanguage(user.workspaceId(), questionId, user.language());
        // the form sends "" for "an empty brief": that is no template, and the flash must not say one was copied
        String key = template == null || template.isBlank() || template.length() > 120 ? null : template;
        Brief brief = briefs.start(user.workspaceId(), questionId, lang, key, user.userId());
        redirect.addFlashAttribute("flash", key == null ? "briefs.started" : "briefs.startedFromTemplate");
        return "redirect:/briefs/" + brief.id() + "/edit";
    }

    @GetMapping("/briefs/{id}")
    String view(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Locale locale,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        // everything is read inside: a kept body was read in this workspace, and nothing was written there since,
        // so it is still the check that the brief is the viewer's workspace's (a brief that is gone is a 404 again)
        model.addAttribute("keptBody", kept.render(new KeptFragments.Part(VIEW, KEPT_BODY, user.workspaceId(),
                locale, id), () -> {
                    ExtendedModelMap body = new ExtendedModelMap();
                    Brief brief = page.prepare(user, id, body);
                    BriefContent reading = briefs.preview(user.workspaceId(), brief);
                    List<BriefVersion> versions = briefs.versions(user.workspaceId(), id);
                    body.put("reading", reading);
                    body.put("versions", versions);
                    body.put("problems", briefs.publishProblems(brief, reading, versions));
                    return body;
                }, request, response));
        return htmx != null ? VIEW + " :: #content" : VIEW;
    }

    @GetMapping("/briefs/{id}/versions/{number}")
    String version(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int number,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        page.prepare(user, id, model);
        BriefVersion version = briefs.version(user.workspaceId(), id, number);
        model.addAttribute("version", version);
        model.addAttribute("reading", version.content());
        model.addAttribute("changes", number > 1 ? BriefChanges.between(
                briefs.version(user.workspaceId(), id, number - 1).content(), version.content()) : List.of());
        return htmx != null ? VERSION + " :: body" : VERSION;
    }

    @PostMapping("/briefs/{id}/template")
    String saveAsTemplate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            RedirectAttributes redirect) {
        briefs.saveAsTemplate(user.workspaceId(), id);
        redirect.addFlashAttribute("flash", "briefs.template.saved");
        return "redirect:/briefs/" + id;
    }
}
