package dev.augenhoehe.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A team member signed in with the first password the owner gave them: the owner knows it, so until they choose
 * their own every page leads to the profile's password form. Runs after Spring Security, which has set the principal.
 */
@Component
class PasswordChangeGate extends OncePerRequestFilter {

    static final String TARGET = "/profile#password-heading";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = Gates.path(request);
        return Gates.alwaysOpen(path) || path.startsWith("/profile") || path.equals("/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)
                || !user.mustChangePassword()) {
            chain.doFilter(request, response);
        } else if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + TARGET);
        } else {
            response.sendRedirect(request.getContextPath() + TARGET);
        }
    }
}
