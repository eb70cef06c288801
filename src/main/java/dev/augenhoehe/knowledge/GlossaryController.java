package dev.augenhoehe.knowledge;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.language.GlossaryTerm;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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
 * The glossary: browse and search the shipped terms and the workspace's own; every member adds and edits the
 * workspace's terms, only the owner deletes them (see {@link WorkspaceGlossary}).
 */
@Controller
@RequestMapping("/knowledge/glossary")
class GlossaryController {

    static final String LIST = "knowledge/glossary";
    static final String FORM = "knowledge/glossary-form";
    static final int PAGE_SIZE = 50;

    private final WorkspaceGlossary glossary;

    GlossaryController(WorkspaceGlossary glossary) {
        this.glossary = glossary;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Language language = language(user);
        String query = q == null ? "" : q.strip();
        if (query.length() > KnowledgeSearch.MAX_QUERY) {
            model.addAttribute("queryError", "knowledge.search.tooLong");
            query = "";
        }
        List<GlossaryEntry> all = glossary.entries(user.workspaceId(), query, language);
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(pages, Math.max(1, parse(page)));
        model.addAttribute("q", query);
        model.addAttribute("entries", all.subList((current - 1) * PAGE_SIZE, Math.min(all.size(), current * PAGE_SIZE)));
        model.addAttribute("total", all.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("language", language.code());
        return htmx != null ? LIST + " :: results" : LIST;
    }

    @GetMapping("/new")
    String newTerm(@RequestParam(required = false) String from, Model model) {
        GlossaryTermForm form = GlossaryTermForm.empty();
        if (from != null && !from.isBlank()) {
            GlossaryTerm shipped = glossary.shippedTerm(from).orElseThrow(NotFoundException::new);
            form = new GlossaryTermForm(shipped.id(), shipped.en(), shipped.de(), String.join("\n", shipped.variants()),
                    String.valueOf(shipped.known()), shipped.enExplanation(), shipped.deExplanation(), null);
        }
        model.addAttribute("form", form);
        model.addAttribute("adapting", !form.overrides().isEmpty());
        return FORM;
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") GlossaryTermForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        check(form, result);
        if (!result.hasErrors() && !form.overrides().isEmpty()) {
            if (glossary.shippedTerm(form.overrides()).isEmpty()) {
                result.reject("knowledge.glossary.unknownTerm");
            } else if (glossary.hasTerm(user.workspaceId(), form.overrides())) {
                result.reject("knowledge.glossary.alreadyAdapted");
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("adapting", form != null && !form.overrides().isEmpty());
            return FORM;
        }
        glossary.create(user.workspaceId(), form);
        redirect.addFlashAttribute("flash", "knowledge.glossary.saved");
        return "redirect:/knowledge/glossary";
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        GlossaryTermRow row = glossary.row(user.workspaceId(), id);
        model.addAttribute("form", new GlossaryTermForm(glossary.shippedTerm(row.termKey()).isPresent()
                ? row.termKey() : "", row.termEn(), row.termDe(), String.join("\n", row.variantList()), String.valueOf(row.known()),
                row.explanationEn(), row.explanationDe(), row.version()));
        model.addAttribute("termId", id);
        model.addAttribute("adapting", glossary.shippedTerm(row.termKey()).isPresent());
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") GlossaryTermForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        GlossaryTermRow row = glossary.row(user.workspaceId(), id); // 404 first for a foreign id
        check(form, result);
        if (result.hasErrors()) {
            model.addAttribute("termId", id);
            model.addAttribute("adapting", glossary.shippedTerm(row.termKey()).isPresent());
            return FORM;
        }
        if (form.version() == null || !form.version().equals(row.version())) {
            return stale(row, form, id, model, response);
        }
        try {
            glossary.update(user.workspaceId(), id, form);
        } catch (OptimisticLockingFailureException raced) {
            return stale(glossary.row(user.workspaceId(), id), form, id, model, response);
        }
        redirect.addFlashAttribute("flash", "knowledge.glossary.saved");
        return "redirect:/knowledge/glossary";
    }

    /** Someone saved the term after this form was opened: both texts, yours kept on top of their version. */
    private String stale(GlossaryTermRow theirs, GlossaryTermForm yours, long id, Model model,
            HttpServletResponse response) {
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
        model.addAttribute("form", yours.withVersion(theirs.version()));
        model.addAttribute("conflicts", theirs.conflictsWith(yours));
        model.addAttribute("termId", id);
        model.addAttribute("adapting", glossary.shippedTerm(theirs.termKey()).isPresent());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return FORM;
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        glossary.row(user.workspaceId(), id);
        if (!user.isOwner()) {
            throw new AccessDeniedException("only the owner deletes glossary terms");
        }
        glossary.delete(user.workspaceId(), id);
        redirect.addFlashAttribute("flash", "knowledge.glossary.deleted");
        return "redirect:/knowledge/glossary";
    }

    private static void check(GlossaryTermForm form, BindingResult result) {
        if (result.getTarget() == null) {
            return;
        }
        if (form.termEn().isBlank() && form.termDe().isBlank()) {
            result.rejectValue("termEn", "knowledge.glossary.termNeeded");
        }
        if (form.explanationEn().isBlank() && form.explanationDe().isBlank()) {
            result.rejectValue("explanationEn", "knowledge.glossary.explanationNeeded");
        }
        FormChecks.plainText(result, "termEn", form.termEn());
        FormChecks.plainText(result, "termDe", form.termDe());
        FormChecks.plainText(result, "variants", form.variants());
        FormChecks.plainText(result, "explanationEn", form.explanationEn());
        FormChecks.plainText(result, "explanationDe", form.explanationDe());
    }

    private static int parse(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static Language language(SignedInUser user) {
        return user.language();
    }
}
