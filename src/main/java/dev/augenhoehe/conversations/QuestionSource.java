package dev.augenhoehe.conversations;

/** Who put a question into Augenhöhe. */
public enum QuestionSource {
    /** The consultant captured it, in a conversation or on the engagement. */
    CONSULTANT,
    /** The client asked it on a share link. */
    LINK
}
