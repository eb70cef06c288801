package dev.augenhoehe.knowledge;

import dev.augenhoehe.accounts.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Dismissing a Klartext finding for a client, from any panel. With htmx the panel comes back checked again, without
 * the finding and with "undo"; without JavaScript the button is a link to a small page that asks once, then back.
 */
@Controller
class DismissalController {

    static final String CONFIRM = "knowledge/dismiss";

    private final KlartextDismissals dismissals;
    private final KlartextPanel panel;

    DismissalController(KlartextDismissals dismissals, KlartextPanel panel) {
        this.dismissals = dismissals;
        this.panel = panel;
    }

    /**
     * A finding to dismiss: the client, the rule and subject the engine gave it, and why.
     *
     * @param shown the words the finding marked, for the confirmation
     * @param back  the page to return to without JavaScript (a path of ours)
     */
    record DismissForm(Long client, String rule, String subject, String reason, String shown, String back) {

        DismissalReason parsedReason() {
            DismissalReason parsed = DismissalReason.parse(reason);
            if (client == null || parsed == null || !KlartextDismissals.validRule(rule)
                    || !KlartextDismissals.validSubject(subject, true)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
            return parsed;
        }

        String safeBack() {
            // a path of ours, never an address: "//host" and "/\\host" would leave the site
            boolean local = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
            String path = local ? KlartextPanel.pathOf(back) : null;
            return path == null || path.startsWith("/klartext/") ? "/klartext" : path;
        }
    }

    @GetMapping("/klartext/dismissals/new")
    String confirm(@AuthenticationPrincipal SignedInUser user, DismissForm form, Model model) {
        DismissalReason reason = form.parsedReason();
        model.addAttribute("clientName", dismissals.clientName(user.workspaceId(), form.client()));
        model.addAttribute("reason", reason.id());
        model.addAttribute("shown", form.shown() == null || form.shown().isBlank()
                ? dismissals.shown(user.workspaceId(), form.subject(), user.language()) : form.shown());
        model.addAttribute("back", form.safeBack());
        return CONFIRM;
    }

    @PostMapping("/klartext/dismissals")
    String dismiss(@AuthenticationPrincipal SignedInUser user, DismissForm form, CheckParams check,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-Current-URL", required = false) String page, Model model,
            RedirectAttributes redirect) {
        DismissalRow row = dismissals.dismiss(user.workspaceId(), form.client(), form.rule(), form.subject(),
                form.parsedReason(), user.userId());
        if (htmx == null) {
            redirect.addFlashAttribute("flash", "knowledge.dismiss.done");
            return "redirect:" + form.safeBack();
        }
        panel.fill(user, withClient(check, form.client()), true, page, model);
        model.addAttribute("dismissedNow", row);
        model.addAttribute("dismissedShown", form.shown() == null || form.shown().isBlank()
                ? dismissals.shown(user.workspaceId(), row.subject(), user.language()) : form.shown());
        model.addAttribute("dismissedClient", dismissals.clientName(user.workspaceId(), form.client()));
        return KlartextController.RESULT;
    }

    /** Takes a dismissal back: the consultant who made it, or the owner. */
    @PostMapping("/klartext/dismissals/{id}/undo")
    String undo(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, CheckParams check,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-Current-URL", required = false) String page, Model model,
            RedirectAttributes redirect) {
        DismissalRow row = dismissals.row(user.workspaceId(), id);
        if (!user.isOwner() && row.createdBy() != user.userId()) {
            throw new AccessDeniedException("only who dismissed it, or the owner, takes it back");
        }
        dismissals.remove(user.workspaceId(), id);
        if (htmx == null) {
            redirect.addFlashAttribute("flash", "knowledge.dismiss.undone");
            String back = page == null ? null : KlartextPanel.pathOf(page);
            return "redirect:" + (back == null ? "/klartext" : back);
        }
        panel.fill(user, withClient(check, row.clientId()), true, page, model);
        model.addAttribute("undoneNow", true);
        return KlartextController.RESULT;
    }

    private static CheckParams withClient(CheckParams p, Long client) {
        return new CheckParams(p.text(), p.lang(), p.scope(), p.panel(), p.question(), p.explained(),
                client != null ? client : p.client());
    }
}
