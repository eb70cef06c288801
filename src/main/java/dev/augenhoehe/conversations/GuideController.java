package dev.augenhoehe.conversations;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.conversations.GuideForms.QuestionTextForm;
import dev.augenhoehe.conversations.GuideForms.TopicForm;
import dev.augenhoehe.system.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workspace's topic guide. Everyone reads it; only the owner changes it. Each change answers with the guide
 * list for htmx, or redirects back for a plain form post.
 */
@Controller
@RequestMapping("/guide")
class GuideController {

    static final String VIEW = "conversations/guide";
    static final String TOPICS = "conversations/guide :: topics";

    private final GuideService guide;

    GuideController(GuideService guide) {
        this.guide = guide;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("guide", guide.view(user.workspaceId(), user.language()));
        model.addAttribute("topicForm", new TopicForm(""));
        return htmx != null ? TOPICS : VIEW;
    }

    @PostMapping("/topics")
    @PreAuthorize("hasRole('OWNER')")
    String addTopic(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("topicForm") TopicForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("guide", guide.view(user.workspaceId(), user.language()));
            return VIEW;
        }
        guide.addTopic(user.workspaceId(), form.title());
        redirect.addFlashAttribute("flash", "guide.topicAdded");
        return "redirect:/guide";
    }

    @PostMapping("/topics/{id}/title")
    @PreAuthorize("hasRole('OWNER')")
    String renameTopic(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("renameForm") TopicForm form, BindingResult result,
            @RequestParam(required = false) String seen, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return problem(user, htmx, model, redirect, "guide.titleInvalid");
        }
        GuideView current = guide.view(user.workspaceId(), user.language());
        String now = current.topics().stream().filter(t -> t.id() == id).map(GuideView.Topic::title).findFirst()
                .orElseThrow(NotFoundException::new);
        if (stale(seen, now, form.title())) {
            return conflict(user, htmx, model, redirect, now, form.title());
        }
        guide.renameTopic(user.workspaceId(), id, form.title());
        return done(user, htmx, model, redirect);
    }

    @PostMapping("/topics/{id}/hidden")
    @PreAuthorize("hasRole('OWNER')")
    String hideTopic(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(defaultValue = "true") String hidden,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        guide.setTopicHidden(user.workspaceId(), id, !"false".equals(hidden));
        return done(user, htmx, model, redirect);
    }

    @PostMapping("/topics/{id}/move")
    @PreAuthorize("hasRole('OWNER')")
    String moveTopic(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(defaultValue = "down") String direction,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        guide.moveTopic(user.workspaceId(), id, "up".equals(direction) ? -1 : 1);
        return done(user, htmx, model, redirect);
    }

    @PostMapping("/topics/{id}/questions")
    @PreAuthorize("hasRole('OWNER')")
    String addQuestion(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("questionTextForm") QuestionTextForm form, BindingResult result,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return problem(user, htmx, model, redirect, "guide.questionInvalid");
        }
        guide.addQuestion(user.workspaceId(), id, form.text());
        return done(user, htmx, model, redirect);
    }

    @PostMapping("/questions/{id}/text")
    @PreAuthorize("hasRole('OWNER')")
    String rewordQuestion(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("questionTextForm") QuestionTextForm form, BindingResult result,
            @RequestParam(required = false) String seen, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return problem(user, htmx, model, redirect, "guide.questionInvalid");
        }
        GuideView current = guide.view(user.workspaceId(), user.language());
        String now = current.topics().stream().flatMap(t -> t.questions().stream()).filter(q -> q.id() == id)
                .map(GuideView.Question::text).findFirst().orElseThrow(NotFoundException::new);
        if (stale(seen, now, form.text())) {
            return conflict(user, htmx, model, redirect, now, form.text());
        }
        guide.rewordQuestion(user.workspaceId(), id, form.text());
        return done(user, htmx, model, redirect);
    }

    @PostMapping("/questions/{id}/hidden")
    @PreAuthorize("hasRole('OWNER')")
    String hideQuestion(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(defaultValue = "true") String hidden,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        guide.setQuestionHidden(user.workspaceId(), id, !"false".equals(hidden));
        return done(user, htmx, model, redirect);
    }

    @PostMapping("/questions/{id}/move")
    @PreAuthorize("hasRole('OWNER')")
    String moveQuestion(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(defaultValue = "down") String direction,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        guide.moveQuestion(user.workspaceId(), id, "up".equals(direction) ? -1 : 1);
        return done(user, htmx, model, redirect);
    }

    /**
     * A rename or reword names the text it started from ({@code seen}, a hidden field). If the stored text is no
     * longer that one, someone else changed it meanwhile: nothing is written, both texts are shown. Typing the
     * same text as theirs is no conflict.
     */
    private static boolean stale(String seen, String now, String yours) {
        return seen != null && !seen.strip().equals(now == null ? "" : now.strip())
                && !yours.strip().equals(now == null ? "" : now.strip());
    }

    /** Both texts, the list showing theirs; saving yours again is then a choice made knowing both. */
    record GuideConflict(String theirs, String yours) {
    }

    private String conflict(SignedInUser user, String htmx, Model model, RedirectAttributes redirect, String theirs,
            String yours) {
        GuideConflict conflict = new GuideConflict(theirs, yours.strip());
        if (htmx == null) {
            redirect.addFlashAttribute("guideConflict", conflict);
            return "redirect:/guide";
        }
        model.addAttribute("guide", guide.view(user.workspaceId(), user.language()));
        model.addAttribute("guideConflict", conflict);
        return TOPICS;
    }

    private String done(SignedInUser user, String htmx, Model model, RedirectAttributes redirect) {
        if (htmx == null) {
            redirect.addFlashAttribute("flash", "guide.saved");
            return "redirect:/guide";
        }
        model.addAttribute("guide", guide.view(user.workspaceId(), user.language()));
        model.addAttribute("guideMessage", "guide.saved");
        return TOPICS;
    }

    private String problem(SignedInUser user, String htmx, Model model, RedirectAttributes redirect, String key) {
        if (htmx == null) {
            redirect.addFlashAttribute("flashError", key);
            return "redirect:/guide";
        }
        model.addAttribute("guide", guide.view(user.workspaceId(), user.language()));
        model.addAttribute("guideProblem", key);
        return TOPICS;
    }
}
