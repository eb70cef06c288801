package dev.augenhoehe.language;

import java.util.List;

/**
 * The result of one check.
 *
 * @param language   the language the text was checked as (given or detected)
 * @param findings   sorted by start offset, then end, then category
 * @param scores     readability and tone scores
 * @param statistics counts behind the scores
 */
public record Analysis(Language language, List<Finding> findings, Scores scores, Statistics statistics) {

    public Analysis {
        findings = List.copyOf(findings);
    }

    /** True when any finding has severity ERROR. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** Findings of one category. */
    public List<Finding> findings(Category category) {
        return findings.stream().filter(f -> f.category() == category).toList();
    }
}
