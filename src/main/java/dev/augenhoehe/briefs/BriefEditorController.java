package dev.augenhoehe.briefs;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.knowledge.CheckResult;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editor: one form for the whole draft, Klartext live per field, safe against concurrent saves. */
@Controller
class BriefEditorController {

    static final String EDIT = "briefs/edit";
    static final String EDIT_FORM = "briefs/edit :: editor";

    private final BriefService briefs;
    private final BriefPage page;
    private final BriefCheck check;
    private final KnowhowTerms terms;

    BriefEditorController(BriefService briefs, BriefPage page, BriefCheck check, KnowhowTerms terms) {
        this.briefs = briefs;
        this.page = page;
        this.check = check;
        this.terms = terms;
    }

    @GetMapping("/briefs/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Brief brief = page.prepare(user, id, model);
        editor(user, brief, BriefForm.of(brief), model);
        return htmx != null ? EDIT_FORM : EDIT;
    }

    @PostMapping("/briefs/{id}")
    String save(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("briefForm") BriefForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Brief brief = page.prepare(user, id, model);
        if (result.hasErrors()) {
            editor(user, brief, form, model);
            return EDIT;
        }
        BriefForm edited = form.applyAction();
        String addedId = null;
        if (!form.addTerm().isEmpty()) {
            Optional<String> resolved = terms.resolve(user.workspaceId(), form.addTerm(), brief.language());
            if (resolved.isEmpty()) {
                result.rejectValue("addTerm", "briefs.knowhow.unknownTerm");
                editor(user, brief, form, model);
                return EDIT;
            }
            addedId = resolved.get();
        }
        BriefService.SaveResult saved = briefs.save(user.workspaceId(), id, form.expectedVersion(),
                edited.content(brief.language()), edited.knowhowChoices(brief.knowhowChoices(), addedId),
                user.userId());
        if (saved instanceof BriefService.SaveResult.Conflict conflict) {
            Brief theirs = conflict.current();
            // keep the consultant's text in the form, now based on the newer version: saving again is a choice
            BriefForm yours = edited.withVersion(theirs.version());
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "briefForm");
            model.addAttribute("brief", theirs);
            model.addAttribute("conflicts", Conflict.between(theirs.content(), yours.content(theirs.language())));
            editor(user, theirs, yours, model);
            return EDIT;
        }
        if ("publish".equals(form.action())) {
            return "redirect:/briefs/" + id + "/publish";
        }
        redirect.addFlashAttribute("flash", "briefs.saved");
        String anchor = "add-option".equals(form.action()) ? "#option-" + edited.options().size() : "";
        return "redirect:/briefs/" + id + "/edit" + anchor;
    }

    private void editor(SignedInUser user, Brief brief, BriefForm form, Model model) {
        String question = briefs.question(user.workspaceId(), brief.questionId()).text();
        Set<String> knowhow = new TreeSet<>(terms.ids(user.workspaceId(), brief));
        Map<String, CheckResult> checks = check.checkAll(user.workspaceId(), form.content(brief.language()),
                user.language(), question, knowhow, BriefPage.clientId(model));
        // the live check of one field knows what the others explain (klartext.js sends it along)
        model.addAttribute("explainedTerms", String.join(",", BriefCheck.explained(checks, knowhow)));
        model.addAttribute("briefForm", form);
        model.addAttribute("checks", checks);
        model.addAttribute("summary", BriefCheck.summary(checks));
        model.addAttribute("knowhowTerms", terms.terms(user.workspaceId(), brief));
        model.addAttribute("maxOptions", BriefContent.MAX_OPTIONS);
    }
}
