package dev.augenhoehe.accounts;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the sign-in gates (setup, second step, required two-step, password change) always let through: sign-out,
 * static files, health, error pages and the client's link. Each gate adds only the pages it leads to.
 */
final class Gates {

    private Gates() {
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean alwaysOpen(String path) {
        return path.equals("/logout") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/webjars/") || path.startsWith("/actuator/") || path.equals("/error")
                || path.equals("/favicon.ico") || path.startsWith("/s/");
    }
}
