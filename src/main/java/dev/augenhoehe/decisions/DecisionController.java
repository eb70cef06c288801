package dev.augenhoehe.decisions;

import dev.augenhoehe.accounts.SignedInUser;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** The engagement's decision timeline, one decision with its history, recording and changing a decision. */
@Controller
class DecisionController {

    static final String TIMELINE = "decisions/timeline";
    static final String RESULTS = "decisions/timeline :: results";
    static final String PAGE = "decisions/decision";
    static final String PAGE_BODY = "decisions/decision :: body";
    static final String FORM = "decisions/form";

    private final DecisionService service;
    private final DecisionPages pages;

    DecisionController(DecisionService service, DecisionPages pages) {
        this.service = service;
        this.pages = pages;
    }

    /**
     * The form is a record: bind through its constructor only, so a crafted request with holes in the option list
     * (options[99].name) is ignored instead of being grown into by setter binding.
     */
    @org.springframework.web.bind.annotation.InitBinder("decisionForm")
    void constructorOnly(org.springframework.web.bind.WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @GetMapping("/engagements/{id}/decisions")
    String timeline(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String status, @RequestParam(required = false) String tag,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        List<DecisionView> all = pages.prepare(user.workspaceId(), id, model);
        DecisionStatus wanted = parseStatus(status);
        String wantedTag = tag == null || tag.isBlank() || tag.length() > 40 ? null : tag.strip();
        model.addAttribute("decisions", all.stream()
                .filter(d -> wanted == null || d.status() == wanted)
                .filter(d -> wantedTag == null || d.fields().tags().contains(wantedTag))
                .sorted(java.util.Comparator.comparing((DecisionView d) -> d.fields().date(),
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                        .thenComparingInt(DecisionView::number))
                .toList());
        model.addAttribute("tags", new TreeSet<>(all.stream().flatMap(d -> d.fields().tags().stream()).toList()));
        model.addAttribute("status", wanted);
        model.addAttribute("tag", wantedTag);
        model.addAttribute("total", all.size());
        model.addAttribute("graph", LinkGraph.of(all));
        return htmx != null ? RESULTS : TIMELINE;
    }

    @GetMapping("/engagements/{id}/decisions/new")
    String newDecision(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("engagement", pages.engagement(user.workspaceId(), id));
        model.addAttribute("decisionForm", DecisionForm.empty(LocalDate.now(ClientChoiceRecorder.ZONE)));
        model.addAttribute("statuses", DecisionStatus.values());
        return FORM;
    }

    @PostMapping("/engagements/{id}/decisions")
    String create(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult result, Model model,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("engagement", pages.engagement(user.workspaceId(), id));
            model.addAttribute("statuses", DecisionStatus.values());
            return FORM;
        }
        DecisionView created = service.record(user.workspaceId(), id, form.fields(), Actor.of(user));
        redirect.addFlashAttribute("flash", "decisions.recorded");
        return "redirect:" + created.path();
    }

    @GetMapping("/decisions/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        DecisionView decision = service.get(user.workspaceId(), id);
        List<DecisionView> all = pages.prepare(user.workspaceId(), decision.engagementId(), model);
        model.addAttribute("decision", decision);
        model.addAttribute("others", all.stream().filter(d -> d.id() != id).toList());
        model.addAttribute("history", HistoryRow.of(decision, DecisionPages.byId(all)));
        return htmx != null ? PAGE_BODY : PAGE;
    }

    @GetMapping("/decisions/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        DecisionView decision = service.get(user.workspaceId(), id);
        model.addAttribute("engagement", pages.engagement(user.workspaceId(), decision.engagementId()));
        model.addAttribute("decision", decision);
        model.addAttribute("decisionForm", DecisionForm.of(decision));
        model.addAttribute("statuses", DecisionStatus.values());
        return FORM;
    }

    @PostMapping("/decisions/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult result, Model model,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        DecisionView decision = service.get(user.workspaceId(), id);
        if (!result.hasErrors() && form.seenVersion() != null) {
            try {
                service.edit(user.workspaceId(), id, form.seenVersion(), form.fields(), Actor.of(user));
                redirect.addFlashAttribute("flash", "decisions.saved");
                return "redirect:" + decision.path();
            } catch (OptimisticLockingFailureException e) {
                // someone saved in between: show their state beside the text this person typed
                model.addAttribute("conflict", decision);
            }
        } else if (form.seenVersion() == null) {
            model.addAttribute("conflict", decision);
        }
        model.addAttribute("engagement", pages.engagement(user.workspaceId(), decision.engagementId()));
        model.addAttribute("decision", decision);
        if (model.containsAttribute("conflict")) {
            // saving again now means: I have seen their version
            model.addAttribute("decisionForm", new DecisionForm(String.valueOf(decision.version()), form.title(),
                    form.status(), form.date(), form.decisionMakers(), form.consulted(), form.informed(),
                    form.context(), form.drivers(), form.options(), form.chosen(), form.reasons(), form.good(),
                    form.bad(), form.confirmation(), form.moreInformation(), form.tags(), form.revisitIf(),
                    form.revisitOn(), form.source()));
        }
        model.addAttribute("statuses", DecisionStatus.values());
        return FORM;
    }

    @PostMapping("/decisions/{id}/links")
    String link(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String type, @RequestParam(required = false) String target,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        DecisionView decision = service.get(user.workspaceId(), id);
        LinkType linkType = parseLinkType(type);
        Long targetId = parseId(target);
        if (linkType == null || targetId == null) {
            redirect.addFlashAttribute("flashError", "decisions.link.choose");
            return "redirect:" + decision.path();
        }
        try {
            service.link(user.workspaceId(), id, linkType, targetId, Actor.of(user), null);
            redirect.addFlashAttribute("flash", "decisions.link.added");
        } catch (DecisionRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:" + decision.path();
    }

    @PostMapping("/decisions/{id}/links/remove")
    String unlink(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String type, @RequestParam(required = false) String target,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        DecisionView decision = service.get(user.workspaceId(), id);
        LinkType linkType = parseLinkType(type);
        Long targetId = parseId(target);
        if (linkType != null && targetId != null) {
            service.unlink(user.workspaceId(), id, linkType, targetId, Actor.of(user));
            redirect.addFlashAttribute("flash", "decisions.link.removed");
        }
        return "redirect:" + decision.path();
    }

    static DecisionStatus parseStatus(String value) {
        try {
            return value == null || value.isBlank() ? null : DecisionStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LinkType parseLinkType(String value) {
        try {
            return value == null ? null : LinkType.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Long parseId(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
