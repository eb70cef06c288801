package dev.augenhoehe.system;

/** Implemented by the signed-in principal: the workspace whose data this request may see. */
public interface WorkspaceMember {

    long workspaceId();
}
