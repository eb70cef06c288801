package dev.augenhoehe.decisions;

/** A link from one decision to another, as seen from the decision that has it. */
record Link(LinkType type, long decisionId) {
}
