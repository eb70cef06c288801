package dev.augenhoehe.language;

import java.util.List;
import java.util.Set;

/**
 * The result of one check.
 *
 * @param language   the language the text was checked as (given or detected)
 * @param findings   sorted by start offset, then end, then category
 * @param scores     readability and tone scores
 * @param statistics counts behind the scores
 * @param dismissed  findings silenced by {@link CheckOptions#withDismissed}, for "n findings dismissed"
 * @param explainedTerms glossary ids of the terms this text explains (bracket, definition, apposition ...): pass
 *                   their union over a document's fields to {@link CheckOptions#withExplainedTerms}
 */
public record Analysis(Language language, List<Finding> findings, Scores scores, Statistics statistics,
                       List<Finding> dismissed, Set<String> explainedTerms) {

    public Analysis {
        findings = List.copyOf(findings);
        dismissed = dismissed == null ? List.of() : List.copyOf(dismissed);
        explainedTerms = explainedTerms == null ? Set.of() : Set.copyOf(explainedTerms);
    }

    /** An analysis without dismissals or explained terms (source compatibility). */
    public Analysis(Language language, List<Finding> findings, Scores scores, Statistics statistics) {
        this(language, findings, scores, statistics, List.of(), Set.of());
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
