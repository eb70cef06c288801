package dev.augenhoehe.accounts;

import dev.augenhoehe.accounts.TwoStepService.Status;
import dev.augenhoehe.accounts.TwoStepService.Verdict;
import dev.augenhoehe.system.TooManyRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two-step sign-in of the signed-in person: set up (QR code, typed key, first code), recovery codes, remembered
 * devices, switch off. No ids in the addresses: it always acts on whoever is signed in.
 */
@Controller
@RequestMapping(TwoStepSignIn.SETUP_PAGE)
class TwoStepController {

    static final String VIEW = "accounts/two-step";
    static final String REDIRECT = "redirect:" + TwoStepSignIn.SETUP_PAGE;
    /** The secret shown while setting up, until the first code confirms it; the same on reload. */
    static final String ENROL_SECRET = TwoStepController.class.getName() + ".secret";

    private final TwoStepService twoStep;
    private final AccountService accounts;
    private final SecondStepThrottle throttle;
    private final OtherSessions otherSessions;

    TwoStepController(TwoStepService twoStep, AccountService accounts, SecondStepThrottle throttle,
            OtherSessions otherSessions) {
        this.twoStep = twoStep;
        this.accounts = accounts;
        this.throttle = throttle;
        this.otherSessions = otherSessions;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, Model model, HttpSession session) {
        return view(user, model, session);
    }

    @PostMapping
    String confirm(@AuthenticationPrincipal SignedInUser user, @RequestParam(name = "code", required = false) String code,
            Model model, HttpSession session, RedirectAttributes redirect) {
        if (twoStep.isEnabled(user.userId()) || !(session.getAttribute(ENROL_SECRET) instanceof byte[] secret)) {
            return REDIRECT;
        }
        if (code == null || code.isBlank()) {
            model.addAttribute("error", "accounts.twoStep.code.empty");
            return view(user, model, session);
        }
        Optional<List<String>> recoveryCodes = twoStep.enable(user.userId(), secret, code);
        if (recoveryCodes.isEmpty()) {
            model.addAttribute("error", "accounts.twoStep.code.wrong");
            return view(user, model, session);
        }
        session.removeAttribute(ENROL_SECRET);
        session.removeAttribute(TwoStepSignIn.SETUP_REQUIRED);
        redirect.addFlashAttribute("flash", "accounts.twoStep.switchedOn");
        redirect.addFlashAttribute("recoveryCodes", new ArrayList<>(recoveryCodes.get()));
        return REDIRECT;
    }

    @PostMapping("/recovery-codes")
    String newRecoveryCodes(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "confirmation", required = false) String confirmation, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        if (!twoStep.isEnabled(user.userId())) {
            return REDIRECT;
        }
        Optional<String> refused = confirm(user, confirmation, request, response, redirect);
        if (refused.isPresent()) {
            return refused.get().isEmpty() ? null : refused.get(); // empty: the 429 is sent
        }
        redirect.addFlashAttribute("flash", "accounts.twoStep.newCodesMade");
        redirect.addFlashAttribute("recoveryCodes", new ArrayList<>(twoStep.newRecoveryCodes(user.userId())));
        return REDIRECT;
    }

    @PostMapping("/off")
    String switchOff(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "confirmation", required = false) String confirmation, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        if (!twoStep.isEnabled(user.userId())) {
            return REDIRECT;
        }
        if (accounts.workspace(user.workspaceId()).requireTwoStep()) {
            redirect.addFlashAttribute("flashError", "accounts.twoStep.requiredCannotSwitchOff");
            return REDIRECT;
        }
        Optional<String> refused = confirm(user, confirmation, request, response, redirect);
        if (refused.isPresent()) {
            return refused.get().isEmpty() ? null : refused.get(); // empty: the 429 is sent
        }
        twoStep.disable(user.userId());
        redirect.addFlashAttribute("flash", "accounts.twoStep.switchedOff");
        return REDIRECT;
    }

    /** "Sign out all devices": remembered devices are forgotten and every other session ends. */
    @PostMapping("/devices")
    String forgetDevices(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request,
            RedirectAttributes redirect) {
        twoStep.forgetDevices(user.userId());
        otherSessions.signOut(user.getUsername(), request);
        redirect.addFlashAttribute("flash", "accounts.twoStep.devicesForgotten");
        return REDIRECT;
    }

    /**
     * The password or a current app code, for changes a stolen session must not make on its own. Wrong tries count
     * like wrong codes at sign-in. Empty when confirmed; otherwise the view to answer with (an empty name: a 429 was sent).
     */
    private Optional<String> confirm(SignedInUser user, String confirmation, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Optional<Duration> wait = throttle.refused(user.userId(), request.getRemoteAddr());
        if (wait.isPresent()) {
            TooManyRequests.reject(request, response, wait.get(), "accounts.twoStep.throttled");
            return Optional.of("");
        }
        boolean confirmed = confirmation != null && !confirmation.isBlank()
                && confirmation.length() <= PasswordPolicy.MAX_LENGTH
                && (TotpCodes.looksLikeCode(confirmation)
                        ? twoStep.verify(user.userId(), confirmation) == Verdict.APP_CODE
                        : accounts.passwordMatches(user.userId(), confirmation));
        if (confirmed) {
            throttle.succeeded(user.userId());
            return Optional.empty();
        }
        if (confirmation != null && !confirmation.isBlank()) {
            throttle.failed(user.userId(), request.getRemoteAddr());
        }
        redirect.addFlashAttribute("flashError", "accounts.twoStep.confirmWrong");
        return Optional.of(REDIRECT);
    }

    private String view(SignedInUser user, Model model, HttpSession session) {
        Status status = twoStep.status(user.userId());
        model.addAttribute("status", status);
        model.addAttribute("enabledOn", status.enabled()
                ? java.time.LocalDate.ofInstant(status.enabledAt(), java.time.ZoneId.systemDefault()) : null);
        model.addAttribute("required", accounts.workspace(user.workspaceId()).requireTwoStep());
        model.addAttribute("setupRequired", session.getAttribute(TwoStepSignIn.SETUP_REQUIRED) != null);
        model.addAttribute("recoveryCodeCount", RecoveryCodes.COUNT);
        if (!status.enabled()) {
            byte[] secret = session.getAttribute(ENROL_SECRET) instanceof byte[] s ? s : TotpCodes.newSecret();
            session.setAttribute(ENROL_SECRET, secret);
            String email = accounts.account(user.userId()).email();
            model.addAttribute("qr", QrImage.dataUrl(TotpCodes.otpauthUri(email, secret)));
            model.addAttribute("secretGroups", groups(Base32.encode(secret)));
        }
        return VIEW;
    }

    private static List<String> groups(String text) {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 4) {
            groups.add(text.substring(i, Math.min(text.length(), i + 4)));
        }
        return groups;
    }
}
