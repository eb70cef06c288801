package dev.augenhoehe.sharing;

/** A client answered on a link (chose, asked, gave feedback). Internal: tells the consultant by e-mail. */
record ClientResponded(long workspaceId, long shareId, long responseId) {
}
