package dev.augenhoehe.conversations;

enum ConversationKind {
    FIRST, FOLLOW_UP
}
