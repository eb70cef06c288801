package dev.augenhoehe.decisions;

/** Typed links between decisions, each with its reverse, so both sides always show the link. */
enum LinkType {
    SUPERSEDES, SUPERSEDED_BY, AMENDS, AMENDED_BY, RELATES_TO;

    LinkType reverse() {
        return switch (this) {
            case SUPERSEDES -> SUPERSEDED_BY;
            case SUPERSEDED_BY -> SUPERSEDES;
            case AMENDS -> AMENDED_BY;
            case AMENDED_BY -> AMENDS;
            case RELATES_TO -> RELATES_TO;
        };
    }

    /** The direction a person chooses when linking; the reverse side is written by us. */
    boolean isForward() {
        return this == SUPERSEDES || this == AMENDS || this == RELATES_TO;
    }
}
