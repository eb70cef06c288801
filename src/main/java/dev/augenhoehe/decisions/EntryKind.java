package dev.augenhoehe.decisions;

/** What one history entry records. */
enum EntryKind {
    /** Written down by a consultant. */
    RECORDED,
    /** Created from the client's confirmed choice, with the brief version and the hash of what the client saw. */
    CONFIRMED,
    /** Created from an imported Markdown file. */
    IMPORTED,
    /** Fields changed. */
    EDITED,
    /** A link was added (and, for superseding, the status set). */
    LINKED,
    /** A link was removed. */
    UNLINKED,
    /** The client was erased (GDPR): names removed from every entry, the skeleton kept. */
    ANONYMISED
}
