package dev.augenhoehe.accounts;

public enum Role {
    /** Set up the workspace; manages the team, the topic guide, glossary and templates. */
    OWNER,
    CONSULTANT
}
