package dev.augenhoehe.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the parameters of every request once, first, so that a request the container cannot read (invalid UTF-8,
 * a form over the size limit) is answered here: one log line, then our error page with 400 or 413. Without this
 * the first filter to ask for a parameter died with a long stack trace, and the error page, asking again, died
 * too and left the container's English page.
 * <p>
 * The error page itself runs on the same request: it gets a request whose parameters are empty, so nothing there
 * can trip over them again.
 */
@Component
// right after Spring Boot's CharacterEncodingFilter: parameters read before it would be decoded as ISO-8859-1
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BadRequestFilter extends OncePerRequestFilter {

    /** Set on a request whose parameters could not be read; the error page shows the size limit for a 413. */
    static final String UNREADABLE = BadRequestFilter.class.getName() + ".unreadable";

    private static final Logger log = LoggerFactory.getLogger(BadRequestFilter.class);

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(UNREADABLE) != null) {
            chain.doFilter(new WithoutParameters(request), response);
            return;
        }
        if (request.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST) {
            try {
                request.getParameterMap();
            } catch (IllegalStateException e) {
                int status = e instanceof InvalidParameterException invalid && invalid.getErrorCode() > 0
                        ? invalid.getErrorCode() : HttpServletResponse.SC_BAD_REQUEST;
                // one line, no stack trace: this is the client's doing, not a fault of ours. Never the container's
                // message: it quotes the parameter's value, and that may be a password.
                log.warn("Refused {} {} with {}: {}", request.getMethod(), request.getRequestURI(), status,
                        status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                                ? "the form data is over the size limit"
                                : "the parameters cannot be read (invalid UTF-8 or a broken %-escape)");
                request.setAttribute(UNREADABLE, status);
                response.sendError(status);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
