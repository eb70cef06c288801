package dev.augenhoehe.language;

import java.util.Locale;

/** How strongly a finding asks for a change. Only WARNING and ERROR count as problems; INFO is a hint. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
