package dev.augenhoehe.conversations;

/** How far a topic got in a conversation. Ordered: each state is "more covered" than the one before. */
enum Coverage {
    OPEN, TOUCHED, SETTLED;

    Coverage atLeast(Coverage other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
