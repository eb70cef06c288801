package dev.augenhoehe.briefs;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.knowledge.CheckResult;
import dev.augenhoehe.language.Finding;
import dev.augenhoehe.language.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publishing: a review step first. Broken rules block; Klartext errors don't, but the consultant sees them and
 * confirms. The version the review was made on is what gets published.
 */
@Controller
class BriefPublishController {

    static final String REVIEW = "briefs/publish";

    /** A Klartext error shown on the review page, with the field it is in. */
    record FieldFinding(String field, Finding finding) {
    }

    private final BriefService briefs;
    private final BriefPage page;
    private final BriefCheck check;

    BriefPublishController(BriefService briefs, BriefPage page, BriefCheck check) {
        this.briefs = briefs;
        this.page = page;
        this.check = check;
    }

    @GetMapping("/briefs/{id}/publish")
    String review(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Brief brief = page.prepare(user, id, model);
        prepare(user, brief, briefs.publishProblems(user.workspaceId(), brief), false, model);
        return htmx != null ? REVIEW + " :: body" : REVIEW;
    }

    @PostMapping("/briefs/{id}/publish")
    String publish(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String version, @RequestParam(required = false) String confirmed,
            @RequestParam(required = false) String changeNote,
            Model model, RedirectAttributes redirect) {
        Brief brief = page.prepare(user, id, model);
        Integer expected = parse(version);
        if (expected == null || !expected.equals(brief.version())) {
            redirect.addFlashAttribute("flashError", "briefs.publish.changedMeanwhile");
            return "redirect:/briefs/" + id + "/publish";
        }
        List<FieldFinding> errors = errors(user, brief, model);
        List<PublishProblem> problems = briefs.publishProblems(user.workspaceId(), brief);
        if (!problems.isEmpty() || (!errors.isEmpty() && !"true".equals(confirmed))) {
            prepare(user, brief, problems, !errors.isEmpty(), model);
            model.addAttribute("changeNote", changeNote); // asked to confirm: what was typed stays
            return REVIEW;
        }
        try {
            Brief published = briefs.publish(user.workspaceId(), id, expected, user.userId(), changeNote);
            redirect.addFlashAttribute("flash", "briefs.published");
            return "redirect:/briefs/" + id + "/versions/" + published.publishedVersion();
        } catch (BriefConflictException e) {
            redirect.addFlashAttribute("flashError", "briefs.publish.changedMeanwhile");
            return "redirect:/briefs/" + id + "/publish";
        } catch (BriefRuleException e) {
            prepare(user, brief, e.problems(), false, model);
            return REVIEW;
        }
    }

    private void prepare(SignedInUser user, Brief brief, List<PublishProblem> problems, boolean askConfirm,
            Model model) {
        model.addAttribute("problems", problems);
        model.addAttribute("klartextErrors", errors(user, brief, model));
        model.addAttribute("askConfirm", askConfirm);
        model.addAttribute("reading", briefs.preview(user.workspaceId(), brief));
        model.addAttribute("nextVersion", brief.publishedVersion() + 1);
    }

    /** Errors Klartext finds in the brief, without those dismissed for its client. */
    private List<FieldFinding> errors(SignedInUser user, Brief brief, Model model) {
        Map<String, CheckResult> checks = check.checkAll(user.workspaceId(),
                brief.content().forReading("", List.of()), user.language(),
                briefs.question(user.workspaceId(), brief.questionId()).text(),
                new java.util.TreeSet<>(briefs.knowhowIds(user.workspaceId(), brief)), BriefPage.clientId(model));
        List<FieldFinding> out = new ArrayList<>();
        checks.forEach((field, c) -> c.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .forEach(f -> out.add(new FieldFinding(field, f))));
        return out;
    }

    private static Integer parse(String value) {
        try {
            return value == null || value.length() > 12 ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
