package dev.augenhoehe.briefs;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.system.NotFoundException;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editor: one form for the whole draft, Klartext live per field, safe against concurrent saves. */
@Controller
class BriefEditorController {

    static final String EDIT = "briefs/edit";
    static final String EDIT_FORM = "briefs/edit :: editor";
    static final String CHECK = "briefs/check";

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
            @Valid @ModelAttribute("briefForm") BriefForm form, BindingResult result,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        Brief brief = page.prepare(user, id, model);
        if (result.hasErrors()) {
            editor(user, brief, form, model);
            return EDIT;
        }
        BriefForm edited = applyAction(form, action);
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
                edited.edit(brief, addedId), user.userId());
        if (saved instanceof BriefService.SaveResult.Conflict conflict) {
            Brief theirs = conflict.current();
            // keep the consultant's text in the form, now based on the newer version: saving again is a choice
            BriefForm yours = edited.withVersion(theirs.version());
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "briefForm");
            model.addAttribute("brief", theirs);
            model.addAttribute("conflicts", Conflict.between(theirs, yours));
            editor(user, theirs, yours, model);
            return EDIT;
        }
        if ("publish".equals(action)) {
            return "redirect:/briefs/" + id + "/publish";
        }
        redirect.addFlashAttribute("flash", "briefs.saved");
        String anchor = action.equals("add-option") ? "#option-" + edited.options().size() : "";
        return "redirect:/briefs/" + id + "/edit" + anchor;
    }

    /** Live Klartext for one field (htmx); the brief's summary comes along out of band. */
    @PostMapping("/briefs/{id}/check")
    String check(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("briefForm") BriefForm form, BindingResult ignored, @RequestParam String field,
            Model model) {
        Brief brief = briefs.brief(user.workspaceId(), id);
        Map<String, BriefCheck.FieldCheck> checks = check.checkAll(user.workspaceId(), form, brief.language(),
                BriefPage.ui(user));
        BriefCheck.FieldCheck fieldCheck = checks.get(field);
        if (fieldCheck == null) {
            throw new NotFoundException();
        }
        model.addAttribute("brief", brief);
        model.addAttribute("fieldCheck", fieldCheck);
        model.addAttribute("summary", check.summary(user.workspaceId(), form, checks, brief.language(),
                BriefPage.ui(user)));
        return CHECK;
    }

    /** Add an empty option, or remove one; both keep everything else as typed. */
    static BriefForm applyAction(BriefForm form, String action) {
        List<BriefForm.OptionForm> options = new ArrayList<>(form.options());
        if ("add-option".equals(action) && options.size() < BriefEdit.MAX_OPTIONS) {
            options.add(BriefForm.OptionForm.of(BriefOption.EMPTY));
        } else if (action.startsWith("remove-option-")) {
            try {
                int index = Integer.parseInt(action.substring("remove-option-".length()));
                if (index >= 0 && index < options.size()) {
                    options.remove(index);
                    Integer rec = form.recommendationIndex();
                    String recommendation = rec == null || rec == index ? BriefForm.NONE
                            : String.valueOf(rec > index ? rec - 1 : rec);
                    return new BriefForm(form.version(), form.context(), options, recommendation,
                            form.noRecommendationBecause(), form.reasons(), form.revisitIf(), form.knowhow(),
                            form.removeTerms(), form.addTerm());
                }
            } catch (NumberFormatException ignored) {
                // a crafted action; treat it as a plain save
            }
        }
        return form.withOptions(options);
    }

    private void editor(SignedInUser user, Brief brief, BriefForm form, Model model) {
        Map<String, BriefCheck.FieldCheck> checks = check.checkAll(user.workspaceId(), form, brief.language(),
                BriefPage.ui(user));
        model.addAttribute("briefForm", form);
        model.addAttribute("checks", checks);
        model.addAttribute("summary", check.summary(user.workspaceId(), form, checks, brief.language(),
                BriefPage.ui(user)));
        model.addAttribute("knowhowTerms", terms.terms(user.workspaceId(), brief));
        model.addAttribute("maxOptions", BriefEdit.MAX_OPTIONS);
    }
}
