package dev.augenhoehe.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The workspace requires two-step sign-in and this person has not set it up: until they have, every page leads to
 * the set-up page. Set at sign-in ({@link TwoStepSignIn}); runs after Spring Security, like {@link PasswordChangeGate}.
 */
@Component
class TwoStepSetupGate extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = Gates.path(request);
        return Gates.alwaysOpen(path) || path.startsWith(TwoStepSignIn.SETUP_PAGE) || path.equals("/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = authentication != null && authentication.getPrincipal() instanceof SignedInUser
                ? request.getSession(false) : null;
        if (session == null || session.getAttribute(TwoStepSignIn.SETUP_REQUIRED) == null) {
            chain.doFilter(request, response);
        } else if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + TwoStepSignIn.SETUP_PAGE);
        } else {
            response.sendRedirect(request.getContextPath() + TwoStepSignIn.SETUP_PAGE);
        }
    }
}
