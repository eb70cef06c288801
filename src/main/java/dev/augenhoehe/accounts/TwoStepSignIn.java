package dev.augenhoehe.accounts;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What happens after the right password (the form login's success handler, see {@code SecurityConfig}).
 * <ul>
 *   <li>Two-step sign-in on, device not remembered: the person is <em>not</em> signed in. The session keeps only a
 *       {@link Pending} note (who, when) and every page leads to the code page ({@link SecondStepGate}). Nothing
 *       treats the password alone as a sign-in, so no page, template or filter can forget to ask for the code.</li>
 *   <li>Remembered device (valid cookie of this person): signed in, the code page is skipped.</li>
 *   <li>Off, but the workspace requires it: signed in, and every page leads to the set-up page
 *       ({@link TwoStepSetupGate}) until it is on.</li>
 * </ul>
 * Why not Spring Security 7's multi-factor rules ({@code @EnableMultiFactorAuthentication}): in 7.0 they require a
 * factor of everyone or of no one (the per-person condition came in 7.1), there is no TOTP mechanism to plug in, and
 * a password-only authentication would count as signed in for every {@code isAuthenticated()} in our templates and
 * filters. We still use its {@code FactorGrantedAuthority} to record the factors of the final authentication.
 */
@Component
class TwoStepSignIn implements AuthenticationSuccessHandler {

    static final String PENDING = TwoStepSignIn.class.getName() + ".pending";
    static final String SETUP_REQUIRED = TwoStepSignIn.class.getName() + ".setupRequired";
    static final String DEVICE_COOKIE = "augenhoehe_device";
    static final Duration PENDING_FOR = Duration.ofMinutes(5);
    static final String CODE_PAGE = "/login/code";
    static final String SETUP_PAGE = "/profile/two-step";

    /** The password was right; the second step is still to come. Stored in the (JDBC) session. */
    record Pending(long userId, int accountVersion, Instant startedAt) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private final TwoStepService twoStep;
    private final AccountService accounts;
    private final SessionSignIn sessionSignIn;
    private final SecurityContextRepository contexts;
    private final LocaleResolver locales;
    private final RequestCache requestCache = new HttpSessionRequestCache();
    private final Clock clock = Clock.systemUTC();

    TwoStepSignIn(TwoStepService twoStep, AccountService accounts, SessionSignIn sessionSignIn,
            SecurityContextRepository contexts, LocaleResolver locales) {
        this.twoStep = twoStep;
        this.accounts = accounts;
        this.sessionSignIn = sessionSignIn;
        this.contexts = contexts;
        this.locales = locales;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        HttpSession session = request.getSession();
        session.removeAttribute(PENDING);
        session.removeAttribute(SETUP_REQUIRED);
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        SignedInUser user = (SignedInUser) authentication.getPrincipal();
        if (twoStep.isEnabled(user.userId())) {
            Account account = accounts.account(user.userId());
            if (twoStep.isRemembered(user.userId(), deviceCookie(request))) {
                sessionSignIn.signInWithSecondFactor(account, SessionSignIn.REMEMBERED_DEVICE_FACTOR, request, response);
                response.sendRedirect(targetAfterSignIn(request, response));
                return;
            }
            // the password alone proves too little: take the authentication out of the session again
            SecurityContextHolder.clearContext();
            contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
            session.setAttribute(PENDING, new Pending(user.userId(), account.version(), clock.instant()));
            // the code page and its messages already speak the person's language, as every page after sign-in does
            locales.setLocale(request, response, user.preferredLocale());
            response.sendRedirect(request.getContextPath() + CODE_PAGE);
            return;
        }
        if (accounts.workspace(user.workspaceId()).requireTwoStep()) {
            session.setAttribute(SETUP_REQUIRED, Boolean.TRUE);
            response.sendRedirect(request.getContextPath() + SETUP_PAGE);
            return;
        }
        response.sendRedirect(targetAfterSignIn(request, response));
    }

    enum PendingState { NONE, EXPIRED, WAITING }

    PendingState state(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(PENDING);
        if (!(pending instanceof Pending p)) {
            return PendingState.NONE;
        }
        if (p.startedAt().plus(PENDING_FOR).isBefore(clock.instant())) {
            session.removeAttribute(PENDING);
            return PendingState.EXPIRED;
        }
        return PendingState.WAITING;
    }

    /** The person waiting for the second step, if the note is fresh and the account unchanged since the password. */
    Optional<Account> waiting(HttpServletRequest request) {
        if (state(request) != PendingState.WAITING) {
            return Optional.empty();
        }
        Pending pending = (Pending) request.getSession().getAttribute(PENDING);
        Account account = accounts.account(pending.userId());
        if (!account.active() || !account.version().equals(pending.accountVersion())) {
            // switched off or password changed in the meantime: the password typed before proves nothing now
            request.getSession().removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(account);
    }

    /** The second step succeeded: signed in, under a new session id. */
    String complete(Account account, boolean rememberDevice, HttpServletRequest request, HttpServletResponse response) {
        request.getSession().removeAttribute(PENDING);
        sessionSignIn.signInWithSecondFactor(account, SessionSignIn.APP_CODE_FACTOR, request, response);
        if (rememberDevice) {
            String token = twoStep.rememberDevice(account.id());
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(DEVICE_COOKIE, token)
                    .httpOnly(true).secure(request.isSecure()).sameSite("Lax")
                    .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                    .maxAge(TwoStepService.REMEMBER_DEVICE).build().toString());
        }
        return targetAfterSignIn(request, response);
    }

    /** The page the browser asked for before sign-in, or the dashboard. */
    String targetAfterSignIn(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved == null) {
            return request.getContextPath() + "/";
        }
        requestCache.removeRequest(request, response);
        return saved.getRedirectUrl();
    }

    private static String deviceCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> DEVICE_COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }
}
