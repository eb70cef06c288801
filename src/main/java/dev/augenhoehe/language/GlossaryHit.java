package dev.augenhoehe.language;

/** A glossary term found at token range [tokenFrom, tokenTo), char span [start, end). */
record GlossaryHit(GlossaryTerm term, int tokenFrom, int tokenTo, int start, int end) {
}
