package dev.augenhoehe.clients;

/** Where an engagement stands. A lead is a conversation that may become work. */
public enum EngagementStatus {
    LEAD, ACTIVE, PAUSED, CLOSED
}
