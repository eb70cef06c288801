package dev.augenhoehe.language;

import java.util.Locale;
import java.util.Objects;

/**
 * A finding the consultant dismissed ("this client knows this term", "not meant that way"). Stored by the product
 * per workspace and client and passed back with {@link CheckOptions#withDismissed}; it silences every finding of
 * the same rule (or category) about the same subject.
 *
 * @param rule    a rule id ({@code jargon.term}, {@code tone.trust-me}) or a category id ({@code jargon.unexplained})
 * @param subject the {@link Finding#subject()} it is about (case-insensitive); "" or "*" for every finding of the rule
 */
public record Dismissal(String rule, String subject) {

    public Dismissal {
        Objects.requireNonNull(rule, "rule");
        subject = subject == null ? "" : subject.strip().toLowerCase(Locale.ROOT);
    }

    /** Dismisses findings like this one: same rule, same subject. */
    public static Dismissal of(Finding finding) {
        return new Dismissal(finding.rule(), finding.subject());
    }

    /** True when this dismissal silences the finding. */
    public boolean matches(Finding f) {
        if (!rule.equals(f.rule()) && !rule.equals(f.categoryId())) {
            return false;
        }
        return subject.isEmpty() || subject.equals("*") || subject.equals(f.subject().toLowerCase(Locale.ROOT));
    }
}
