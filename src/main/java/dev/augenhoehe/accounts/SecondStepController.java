package dev.augenhoehe.accounts;

import dev.augenhoehe.accounts.TwoStepService.Verdict;
import dev.augenhoehe.system.TooManyRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The second step of sign-in: the code from the app, or a recovery code. Acts on the person who gave the password. */
@Controller
@RequestMapping(TwoStepSignIn.CODE_PAGE)
class SecondStepController {

    static final String VIEW = "accounts/code";
    static final String EXPIRED = "redirect:/login?expired";

    private final TwoStepSignIn signIn;
    private final TwoStepService twoStep;
    private final SecondStepThrottle throttle;

    SecondStepController(TwoStepSignIn signIn, TwoStepService twoStep, SecondStepThrottle throttle) {
        this.signIn = signIn;
        this.twoStep = twoStep;
        this.throttle = throttle;
    }

    @GetMapping
    String show(HttpServletRequest request) {
        return switch (signIn.state(request)) {
            case NONE -> "redirect:/login";
            case EXPIRED -> EXPIRED;
            case WAITING -> VIEW;
        };
    }

    @PostMapping
    String submit(@RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "remember", required = false) String remember, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        TwoStepSignIn.PendingState state = signIn.state(request);
        if (state != TwoStepSignIn.PendingState.WAITING) {
            return state == TwoStepSignIn.PendingState.NONE ? "redirect:/login" : EXPIRED;
        }
        Optional<Account> waiting = signIn.waiting(request);
        if (waiting.isEmpty()) {
            return EXPIRED;
        }
        Account account = waiting.get();
        Optional<Duration> wait = throttle.refused(account.id(), request.getRemoteAddr());
        if (wait.isPresent()) {
            TooManyRequests.reject(request, response, wait.get(), "accounts.twoStep.throttled");
            return null;
        }
        if (code == null || code.isBlank()) {
            model.addAttribute("error", "accounts.twoStep.code.empty");
            return VIEW;
        }
        Verdict verdict = twoStep.verify(account.id(), code);
        if (verdict == Verdict.WRONG) {
            throttle.failed(account.id(), request.getRemoteAddr());
            model.addAttribute("error", "accounts.twoStep.code.wrong");
            return VIEW;
        }
        throttle.succeeded(account.id());
        String target = signIn.complete(account, "true".equals(remember) || "on".equals(remember), request, response);
        if (verdict == Verdict.RECOVERY_CODE) {
            redirect.addFlashAttribute("flash", "accounts.twoStep.recoveryUsed");
            return "redirect:" + TwoStepSignIn.SETUP_PAGE;
        }
        return "redirect:" + target;
    }
}
