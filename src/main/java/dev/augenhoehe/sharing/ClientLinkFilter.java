package dev.augenhoehe.sharing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of every {@code /s/**} request, before security: the headers that keep the link out of referrers,
 * search engines and caches, a rate limit per client address (bucket4j, so tokens and PINs cannot be guessed at
 * speed), and the share's language instead of the browser's ({@link #LOCALE}, set by the controller).
 */
class ClientLinkFilter extends OncePerRequestFilter {

    /** Request attribute: the locale the client page renders in. */
    static final String LOCALE = ClientLinkFilter.class.getName() + ".locale";

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    private final Cache<String, Bucket> buckets;
    private final int perMinute;

    ClientLinkFilter(int perMinute) {
        this.perMinute = perMinute;
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    static void secure(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        secure(response);
        Bucket bucket = buckets.get(Tokens.sha256(request.getRemoteAddr()), key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build());
        if (!bucket.tryConsume(1)) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write("Too many requests. Please wait a minute. / Zu viele Anfragen. Bitte warten Sie eine Minute.\n"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(new ShareLocaleRequest(request), response);
    }

    /** The browser's language until the controller knows the share's; the locale resolver reads it from here. */
    static final class ShareLocaleRequest extends HttpServletRequestWrapper {

        ShareLocaleRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Locale getLocale() {
            return getAttribute(LOCALE) instanceof Locale chosen ? chosen : super.getLocale();
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return getAttribute(LOCALE) instanceof Locale chosen ? Collections.enumeration(java.util.List.of(chosen))
                    : super.getLocales();
        }
    }
}
