package dev.augenhoehe.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Unknown ids, foreign ids and malformed ids ({@code /clients/abc}) all look the same to the user: a page that
 * doesn't exist, rendered right here in the user's language.
 */
@ControllerAdvice
class ErrorAdvice {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
