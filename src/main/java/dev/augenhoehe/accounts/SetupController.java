package dev.augenhoehe.accounts;

import dev.augenhoehe.accounts.AccountService.AlreadySetUpException;
import dev.augenhoehe.accounts.Forms.SetupForm;
import dev.augenhoehe.language.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/setup")
class SetupController {

    static final String VIEW = "accounts/setup";

    private final AccountService accounts;
    private final SetupState setupState;
    private final SessionSignIn sessionSignIn;

    SetupController(AccountService accounts, SetupState setupState, SessionSignIn sessionSignIn) {
        this.accounts = accounts;
        this.setupState = setupState;
        this.sessionSignIn = sessionSignIn;
    }

    @GetMapping
    String form(Model model, Locale locale) {
        if (setupState.isSetUp()) {
            return "redirect:/";
        }
        model.addAttribute("form", SetupForm.empty(Language.of(locale)));
        return VIEW;
    }

    @PostMapping
    String setUp(@Valid @ModelAttribute("form") SetupForm form, BindingResult result, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (setupState.isSetUp()) {
            return "redirect:/";
        }
        Validation.password(form.password(), form.passwordConfirm(), form.email(), "password", "passwordConfirm", result);
        if (result.hasErrors()) {
            return VIEW;
        }
        Account owner;
        try {
            owner = accounts.setUp(form.workspaceName(), form.language(), form.ownerName(), form.email(), form.password());
        } catch (AlreadySetUpException e) {
            return "redirect:/login";
        }
        sessionSignIn.signIn(owner, request, response);
        redirect.addFlashAttribute("flash", "accounts.setup.done");
        return "redirect:/";
    }
}
