package dev.augenhoehe.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Answers a request with 429 and our page that says, in the user's language, how many minutes to wait
 * (at least one), with a {@code Retry-After} header in seconds. Used by the sign-in limit and by any module that
 * refuses requests through {@link RateLimiter}.
 */
public final class TooManyRequests {

    static final String RETRY_AFTER = TooManyRequests.class.getName() + ".retryAfter";
    static final String REASON = TooManyRequests.class.getName() + ".reason";

    private TooManyRequests() {
    }

    /**
     * @param reasonKey a message key that says what was refused (for example {@code accounts.login.throttled}),
     *                  with the minutes as argument {0}; {@code null} for the general text
     */
    public static void reject(HttpServletRequest request, HttpServletResponse response, Duration retryAfter,
            String reasonKey) throws IOException {
        long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        response.setHeader("Retry-After", Long.toString(seconds));
        request.setAttribute(RETRY_AFTER, Duration.ofSeconds(seconds));
        request.setAttribute(REASON, reasonKey);
        response.sendError(429);
    }

    /** Whole minutes to wait, rounded up, at least one: "try again in 0 minutes" would only invite a retry loop. */
    static long minutes(Duration retryAfter) {
        long seconds = retryAfter.toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }
}
