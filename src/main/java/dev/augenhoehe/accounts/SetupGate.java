package dev.augenhoehe.accounts;

import dev.augenhoehe.system.PublicPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Until the first workspace exists, every page leads to setup. There are no default credentials to sign in with. */
@Component
class SetupGate extends OncePerRequestFilter {

    private final SetupState setupState;

    SetupGate(SetupState setupState) {
        this.setupState = setupState;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/setup") || path.startsWith("/setup/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/webjars/") || path.startsWith("/actuator/") || path.equals("/error")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (setupState.isSetUp()) {
            chain.doFilter(request, response);
        } else if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + "/setup");
        } else {
            response.sendRedirect(request.getContextPath() + "/setup");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Paths {
        @Bean
        PublicPaths setupPaths() {
            return PublicPaths.of("/setup");
        }
    }
}
