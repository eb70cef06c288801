package dev.augenhoehe.knowledge;

import java.util.regex.Pattern;
import org.springframework.validation.BindingResult;

/** Checks the knowledge forms share beyond Bean Validation. */
final class FormChecks {

    // Everything is shown as plain text anyway; refusing markup tells the writer at once that it won't render.
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[A-Za-z!?]|[<>]");

    private FormChecks() {
    }

    static void plainText(BindingResult result, String field, String value) {
        if (value != null && !result.hasFieldErrors(field) && MARKUP.matcher(value).find()) {
            result.rejectValue(field, "knowledge.form.noHtml");
        }
    }
}
