package dev.augenhoehe.accounts;

import dev.augenhoehe.system.PublicPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Between the right password and the right code ({@link TwoStepSignIn.Pending} in the session) only the code page
 * and sign-out answer; every other page leads to the code page. Runs before Spring Security: the person is not
 * signed in yet, and Spring Security would send them to the sign-in page instead.
 */
@Component
@Order(-102)
class SecondStepGate extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = Gates.path(request);
        // static files and the client's page never open the session (see StaticResourcesConfig)
        return Gates.alwaysOpen(path) || path.equals(TwoStepSignIn.CODE_PAGE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        boolean passwordAgain = "POST".equals(request.getMethod())
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
        if (passwordAgain && session != null) {
            // a new sign-in, maybe as someone else: whatever it ends in, the earlier half-finished one is over
            session.removeAttribute(TwoStepSignIn.PENDING);
        }
        if (passwordAgain || session == null || session.getAttribute(TwoStepSignIn.PENDING) == null) {
            chain.doFilter(request, response);
        } else if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + TwoStepSignIn.CODE_PAGE);
        } else {
            response.sendRedirect(request.getContextPath() + TwoStepSignIn.CODE_PAGE);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Paths {
        /** The code page answers before sign-in is complete: the person has only given the password. */
        @Bean
        PublicPaths secondStepPaths() {
            return PublicPaths.of(TwoStepSignIn.CODE_PAGE);
        }
    }
}
