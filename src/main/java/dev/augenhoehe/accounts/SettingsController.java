package dev.augenhoehe.accounts;

import dev.augenhoehe.accounts.AccountService.EmailTakenException;
import dev.augenhoehe.accounts.Forms.MemberForm;
import dev.augenhoehe.accounts.Forms.WorkspaceForm;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.system.NotFoundException;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The workspace and its team. Everyone may look; only the owner changes anything. */
@Controller
@RequestMapping("/settings")
class SettingsController {

    static final String VIEW = "accounts/settings";

    private final AccountService accounts;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final TwoStepService twoStep;

    SettingsController(AccountService accounts, FindByIndexNameSessionRepository<? extends Session> sessions,
            TwoStepService twoStep) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.twoStep = twoStep;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
        Workspace workspace = accounts.workspace(user.workspaceId());
        return view(user, model, new WorkspaceForm(workspace.name(), workspace.language()),
                MemberForm.empty(Language.of(locale)));
    }

    @PostMapping("/workspace")
    @PreAuthorize("hasRole('OWNER')")
    String updateWorkspace(@AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("workspaceForm") WorkspaceForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return view(user, model, form, MemberForm.empty(Language.of(locale)));
        }
        accounts.updateWorkspace(user.workspaceId(), form.name(), form.language());
        redirect.addFlashAttribute("flash", "accounts.workspace.saved");
        return "redirect:/settings";
    }

    @PostMapping("/team")
    @PreAuthorize("hasRole('OWNER')")
    String addMember(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("memberForm") MemberForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Validation.password(form.password(), null, form.email(), "password", "password", result);
        if (!result.hasFieldErrors("email")) {
            // someone in this team may be named; an address in another workspace must not be confirmed as such
            switch (accounts.emailUse(user.workspaceId(), form.email())) {
                case IN_THIS_WORKSPACE -> result.rejectValue("email", "accounts.email.inTeam");
                case ELSEWHERE -> result.rejectValue("email", "accounts.email.unavailable");
                case FREE -> { }
            }
        }
        if (!result.hasErrors()) {
            try {
                accounts.addMember(user.workspaceId(), form.name(), form.email(), form.language(), form.password());
                redirect.addFlashAttribute("flash", "accounts.team.added");
                return "redirect:/settings";
            } catch (EmailTakenException e) {
                result.rejectValue("email", "accounts.email.unavailable");
            }
        }
        Workspace workspace = accounts.workspace(user.workspaceId());
        return view(user, model, new WorkspaceForm(workspace.name(), workspace.language()), form);
    }

    @PostMapping("/team/{id}/active")
    @PreAuthorize("hasRole('OWNER')")
    String setActive(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(name = "active", required = false) String activeParam, RedirectAttributes redirect) {
        Account member = accounts.member(user.workspaceId(), id).orElseThrow(NotFoundException::new);
        // read as text and checked here, after the role check and the lookup (a foreign id stays a 404): a missing
        // or odd value is a 400, never a 500
        if (!"true".equals(activeParam) && !"false".equals(activeParam)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        boolean active = Boolean.parseBoolean(activeParam);
        if (member.id() == user.userId()) {
            redirect.addFlashAttribute("flashError", "accounts.team.notYourself");
            return "redirect:/settings";
        }
        accounts.setActive(member, active);
        if (!active) {
            // a deactivated consultant is signed out everywhere at once, not when their session happens to expire
            sessions.findByPrincipalName(member.email()).keySet().forEach(sessions::deleteById);
            twoStep.forgetDevices(member.id());
        }
        redirect.addFlashAttribute("flash", active ? "accounts.team.reactivated" : "accounts.team.deactivated");
        return "redirect:/settings";
    }

    /**
     * A team member lost both their phone and their recovery codes: the owner switches their two-step sign-in off
     * (secret, codes, remembered devices) and signs them out everywhere. They set it up again at the next sign-in if
     * the workspace requires it.
     */
    @PostMapping("/team/{id}/two-step-off")
    @PreAuthorize("hasRole('OWNER')")
    String switchOffTwoStep(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            RedirectAttributes redirect) {
        Account member = accounts.member(user.workspaceId(), id).orElseThrow(NotFoundException::new);
        if (member.id() == user.userId()) {
            redirect.addFlashAttribute("flashError", "accounts.twoStep.resetNotYourself");
            return "redirect:/settings";
        }
        twoStep.disable(member.id());
        sessions.findByPrincipalName(member.email()).keySet().forEach(sessions::deleteById);
        redirect.addFlashAttribute("flash", "accounts.twoStep.resetDone");
        return "redirect:/settings";
    }

    /** Two-step sign-in for everyone: takes effect at each person's next sign-in. */
    @PostMapping("/two-step")
    @PreAuthorize("hasRole('OWNER')")
    String requireTwoStep(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "required", required = false) String required, RedirectAttributes redirect) {
        boolean on = "true".equals(required) || "on".equals(required);
        if (on && !twoStep.isEnabled(user.userId())) {
            // the owner would be sent to the set-up page at once; better to say so and let them do it first
            redirect.addFlashAttribute("flashError", "accounts.twoStep.requireOwnerFirst");
            return "redirect:/settings";
        }
        accounts.requireTwoStep(user.workspaceId(), on);
        redirect.addFlashAttribute("flash", on ? "accounts.twoStep.requiredOn" : "accounts.twoStep.requiredOff");
        return "redirect:/settings";
    }

    private String view(SignedInUser user, Model model, WorkspaceForm workspaceForm, MemberForm memberForm) {
        model.addAttribute("workspaceForm", workspaceForm);
        model.addAttribute("memberForm", memberForm);
        model.addAttribute("members", accounts.members(user.workspaceId()));
        model.addAttribute("requireTwoStep", accounts.workspace(user.workspaceId()).requireTwoStep());
        model.addAttribute("twoStepOn", twoStep.enabledIn(user.workspaceId()));
        return VIEW;
    }
}
