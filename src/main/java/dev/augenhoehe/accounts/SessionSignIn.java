package dev.augenhoehe.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts an account into the session: after first-run setup, after the second step of sign-in, and again when the
 * profile changed. The authentication carries Spring Security's factor authorities ({@code FACTOR_PASSWORD},
 * and {@link #APP_CODE_FACTOR} or {@link #REMEMBERED_DEVICE_FACTOR}), so it says how the person proved who they are.
 */
@Component
class SessionSignIn {

    /** An app code or a recovery code was given after the password. */
    static final String APP_CODE_FACTOR = "FACTOR_TOTP";
    /** The second step was skipped for a device the person asked us to remember. */
    static final String REMEMBERED_DEVICE_FACTOR = "FACTOR_REMEMBERED_DEVICE";

    private final SecurityContextRepository contexts;

    SessionSignIn(SecurityContextRepository contexts) {
        this.contexts = contexts;
    }

    void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
        signIn(account, request, response, List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
    }

    /** The password was right before; now the second factor too. */
    void signInWithSecondFactor(Account account, String factor, HttpServletRequest request, HttpServletResponse response) {
        signIn(account, request, response, List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY),
                FactorGrantedAuthority.fromAuthority(factor)));
    }

    private void signIn(Account account, HttpServletRequest request, HttpServletResponse response,
            Collection<? extends GrantedAuthority> factors) {
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session from before this step must not carry over (fixation)
        }
        store(account, factors, request, response);
    }

    /** The principal is a snapshot; after a profile change the session gets the new one, with the same factors. */
    void refresh(Account account, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        List<GrantedAuthority> factors = current == null ? List.of() : current.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance).map(GrantedAuthority.class::cast).toList();
        store(account, factors, request, response);
    }

    private void store(Account account, Collection<? extends GrantedAuthority> factors, HttpServletRequest request,
            HttpServletResponse response) {
        SignedInUser user = new SignedInUser(account);
        user.eraseCredentials();
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.addAll(factors);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
