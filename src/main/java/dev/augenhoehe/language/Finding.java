package dev.augenhoehe.language;

import java.util.Objects;

/**
 * One thing to improve in a text.
 *
 * @param category   what kind of problem; {@link Category#id()} is the stable id
 * @param rule       the rule that found it, e.g. {@code tone.trust-me}, for tuning and accept lists
 * @param severity   how strongly it asks for a change
 * @param start      first char offset in the analysed text (inclusive)
 * @param end        last char offset (exclusive), {@code start <= end <= text.length()}
 * @param line       1-based line of {@code start}
 * @param column     1-based column of {@code start} in UTF-16 chars
 * @param text       the matched text, {@code input.substring(start, end)} (shortened for very long spans)
 * @param message    what is wrong, in the UI language
 * @param suggestion what to do instead, in the UI language
 * @param subject    what the finding is about, stable across texts, for dismissals: the glossary id of a term
 *                   ({@code api}), the normalised phrase of a tone finding ({@code trust me}), "" for findings
 *                   about the whole text (bare answer, monologue)
 */
public record Finding(Category category, String rule, Severity severity, int start, int end, int line, int column,
                      String text, String message, String suggestion, String subject) {

    public Finding {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        subject = subject == null ? "" : subject;
    }

    /** A finding without a subject (source compatibility). */
    public Finding(Category category, String rule, Severity severity, int start, int end, int line, int column,
                   String text, String message, String suggestion) {
        this(category, rule, severity, start, end, line, column, text, message, suggestion, "");
    }

    /** The category id, e.g. {@code jargon.unexplained}. */
    public String categoryId() {
        return category.id();
    }

    /** True for WARNING and ERROR: the findings a writer should act on. */
    public boolean isProblem() {
        return severity != Severity.INFO;
    }
}
