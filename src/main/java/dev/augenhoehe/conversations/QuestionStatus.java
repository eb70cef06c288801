package dev.augenhoehe.conversations;

/** Open until answered with reasons; decided once the client has chosen. */
public enum QuestionStatus {
    OPEN, ANSWERED, DECIDED
}
