package dev.augenhoehe.sharing;

import dev.augenhoehe.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A malformed request to the client's link (a tampered form, an id that is not in the share) gets the same
 * friendly page as a bad link, never the consultant's error pages or a stack of technical words.
 */
@ControllerAdvice(assignableTypes = ClientPageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientPageAdvice {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, IllegalArgumentException.class})
    String bad(HttpServletResponse response) {
        return ClientPageController.gone(response);
    }
}
