package dev.augenhoehe.language;

/**
 * A glossary term found in a text.
 *
 * @param term  the glossary entry
 * @param start first char offset (inclusive) of the word or words that name it
 * @param end   last char offset (exclusive)
 * @param text  the text as written, e.g. "Deployment-Pipeline" for the term {@code deployment}
 */
public record TermMatch(GlossaryTerm term, int start, int end, String text) {
}
