package dev.augenhoehe.language;

/** A sentence as a token range [tokenFrom, tokenTo) and its char span [start, end) in the input. */
record Sentence(int start, int end, int tokenFrom, int tokenTo) {
}
