package dev.augenhoehe.accounts;

import dev.augenhoehe.accounts.Forms.PasswordForm;
import dev.augenhoehe.accounts.Forms.ProfileForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own name, language and password. */
@Controller
@RequestMapping("/profile")
class ProfileController {

    static final String VIEW = "accounts/profile";

    private final AccountService accounts;
    private final SessionSignIn sessionSignIn;
    private final OtherSessions otherSessions;
    private final TwoStepService twoStep;

    ProfileController(AccountService accounts, SessionSignIn sessionSignIn, OtherSessions otherSessions,
            TwoStepService twoStep) {
        this.accounts = accounts;
        this.sessionSignIn = sessionSignIn;
        this.otherSessions = otherSessions;
        this.twoStep = twoStep;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, Model model) {
        Account account = accounts.account(user.userId());
        model.addAttribute("form", new ProfileForm(account.name(), account.language()));
        model.addAttribute("passwordForm", PasswordForm.empty());
        model.addAttribute("email", account.email());
        model.addAttribute("twoStep", twoStep.status(user.userId()));
        return VIEW;
    }

    @PostMapping
    String update(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") ProfileForm form,
            BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("passwordForm", PasswordForm.empty());
            model.addAttribute("email", user.getUsername());
            model.addAttribute("twoStep", twoStep.status(user.userId()));
            return VIEW;
        }
        Account updated = accounts.updateProfile(user.userId(), form.name(), form.language());
        sessionSignIn.refresh(updated, request, response);
        redirect.addFlashAttribute("flash", "accounts.profile.saved");
        return "redirect:/profile";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("currentPassword") && !accounts.passwordMatches(user.userId(), form.currentPassword())) {
            result.rejectValue("currentPassword", "accounts.password.currentWrong");
        }
        Validation.password(form.newPassword(), form.confirmPassword(), user.getUsername(), "newPassword",
                "confirmPassword", result);
        if (result.hasErrors()) {
            Account account = accounts.account(user.userId());
            model.addAttribute("form", new ProfileForm(account.name(), account.language()));
            model.addAttribute("email", account.email());
            model.addAttribute("twoStep", twoStep.status(user.userId()));
            return VIEW;
        }
        Account changed = accounts.changePassword(user.userId(), form.newPassword());
        // whoever knew the old password may still sit in a session opened with it, or on a remembered device
        otherSessions.signOut(user.getUsername(), request);
        twoStep.forgetDevices(user.userId());
        // the session's principal still says "must change": it gets the account as it is now
        sessionSignIn.refresh(changed, request, response);
        redirect.addFlashAttribute("flash", "accounts.password.changed");
        return "redirect:/profile";
    }
}
