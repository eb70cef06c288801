package dev.augenhoehe.accounts;

import dev.augenhoehe.system.RateLimiter;
import dev.augenhoehe.system.RateLimiter.RateLimit;
import dev.augenhoehe.system.RateLimiter.Verdict;
import dev.augenhoehe.system.TooManyRequests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing. Failed sign-ins are counted per account and per client address (bucket4j through
 * {@link RateLimiter}, shared by all instances on PostgreSQL); once either is used up, a sign-in is answered with
 * 429 and a page that says how long to wait, before the password is even looked at.
 * <ul>
 *   <li>Per account: 10 failures in 15 minutes, 20 in 3 hours, 40 in a day. The wait grows: 90 seconds after the
 *       10th quick failure, 9 minutes after the 20th, 36 after the 40th. A successful sign-in clears it.</li>
 *   <li>Per address: 30 failures in 15 minutes, 200 in a day, so that one attacker cannot lock out every account
 *       by trying each ten times, and an office behind one address still has room.</li>
 * </ul>
 * Every failure is logged with the address (as entered, without control characters) and the client address,
 * never with the password.
 */
@Component
@Order(-101) // before Spring Security's filter chain (-100): a refused try never reaches the password check
class SignInThrottle extends OncePerRequestFilter {

    static final RateLimit PER_ACCOUNT = RateLimit.named("sign-in-account")
            .allow(10, Duration.ofMinutes(15)).allow(20, Duration.ofHours(3)).allow(40, Duration.ofDays(1));
    static final RateLimit PER_ADDRESS = RateLimit.named("sign-in-address")
            .allow(30, Duration.ofMinutes(15)).allow(200, Duration.ofDays(1));

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final RateLimiter limiter;

    SignInThrottle(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String account = accountKey(request.getParameter("username"));
        String address = request.getRemoteAddr();
        Verdict byAccount = limiter.check(PER_ACCOUNT, account);
        Verdict byAddress = limiter.check(PER_ADDRESS, address);
        if (byAccount.allowed() && byAddress.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        Duration wait = byAccount.retryAfter().compareTo(byAddress.retryAfter()) > 0
                ? byAccount.retryAfter() : byAddress.retryAfter();
        log.warn("Sign-in refused for {} from {}: too many failed tries ({}), next try in {} s", printable(account),
                address, byAccount.allowed() ? "this address" : "this account", wait.toSeconds());
        TooManyRequests.reject(request, response, wait, "accounts.login.throttled");
    }

    /** Counts a failed sign-in for the account and the address (an unknown account counts like a known one). */
    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String account = accountKey(event.getAuthentication().getName());
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        limiter.consume(PER_ACCOUNT, account);
        limiter.consume(PER_ADDRESS, address);
        log.warn("Sign-in failed for {} from {}", printable(account), address);
    }

    /** The right password ends the account's count: its owner should not wait for someone else's guesses. */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            limiter.reset(PER_ACCOUNT, accountKey(user.getUsername()));
        }
    }

    static String accountKey(String username) {
        String normalized = Account.normalizeEmail(username);
        return normalized.length() > 254 ? normalized.substring(0, 254) : normalized;
    }

    /** Typed by whoever signs in: no line breaks or other control characters may reach the log. */
    private static String printable(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }
}
