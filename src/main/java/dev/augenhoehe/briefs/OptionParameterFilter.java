package dev.augenhoehe.briefs;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Drops option parameters a real editor never sends ({@code options[99999].name}, {@code options[x].y}) before
 * data binding sees them: Spring's constructor binding fails with an exception on an index beyond its
 * auto-grow limit, and a brief has at most five options anyway.
 */
@Configuration(proxyBeanMethods = false)
class OptionParameterFilter {

    static final Pattern VALID = Pattern.compile("options\\[[0-" + (BriefContent.MAX_OPTIONS - 1) + "]\\]\\.[a-zA-Z]{1,20}");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> briefOptionParameters() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.addUrlPatterns("/briefs/*");
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean suspicious = request.getParameterMap().keySet().stream()
                    .anyMatch(n -> n.startsWith("options") && !VALID.matcher(n).matches());
            chain.doFilter(suspicious ? new Cleaned(request) : request, response);
        }
    }

    static final class Cleaned extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        Cleaned(HttpServletRequest request) {
            super(request);
            request.getParameterMap().forEach((name, values) -> {
                if (!name.startsWith("options") || VALID.matcher(name).matches()) {
                    parameters.put(name, values);
                }
            });
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
