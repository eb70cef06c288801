package dev.augenhoehe.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the container or a filter reports ends here and gets a page in the user's language, never the
 * container's own. Replaces Spring Boot's error controller, which reads request parameters (and so failed again on
 * a request whose parameters could not be read) and answered a direct {@code GET /error} with a 500.
 * <p>
 * Status pages: 400 (unreadable request), 403, 404, 413 (with the limit), 429 (with the minutes to wait, set by
 * {@link TooManyRequests}), other 4xx, and 500 for everything else.
 */
@Controller
class ErrorPages implements ErrorController {

    private final DataSize formLimit;
    private final DataSize uploadLimit;

    ErrorPages(Environment environment) {
        this.formLimit = environment.getProperty("server.tomcat.max-http-form-post-size", DataSize.class,
                DataSize.ofMegabytes(2));
        this.uploadLimit = environment.getProperty("spring.servlet.multipart.max-request-size", DataSize.class,
                DataSize.ofMegabytes(10));
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        // opened directly there is no error to show: the page simply does not exist
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code : HttpServletResponse.SC_NOT_FOUND;
        response.setStatus(status);
        return switch (status) {
            case 400 -> "error/400";
            case 403 -> "error/403";
            case 404 -> "error/404";
            case 413 -> {
                String type = request.getContentType();
                DataSize limit = type != null && type.startsWith("multipart/") ? uploadLimit : formLimit;
                model.addAttribute("limitMegabytes", Math.max(1, limit.toMegabytes()));
                yield "error/413";
            }
            case 429 -> {
                Duration wait = request.getAttribute(TooManyRequests.RETRY_AFTER) instanceof Duration d
                        ? d : Duration.ofMinutes(1);
                model.addAttribute("retryMinutes", TooManyRequests.minutes(wait));
                Object reason = request.getAttribute(TooManyRequests.REASON);
                model.addAttribute("reasonKey", reason instanceof String key ? key : "error.429.text");
                yield "error/429";
            }
            default -> status >= 400 && status < 500 ? "error/4xx" : "error/500";
        };
    }
}
