/**
 * The decision log: every decision of an engagement, why it was taken, who took it and what replaced it. A decision
 * is recorded directly (also one taken before the consultant joined), or created when the consultant confirms the
 * client's choice ({@link dev.augenhoehe.sharing.ClientChoiceConfirmed}). Its fields follow MADR 4; its history is
 * append-only and the current state is derived from it. Exports and imports MADR Markdown (zip or single files).
 * Contributes to the engagement overview, the question's trail and the client's page through their interfaces.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decisions",
        allowedDependencies = {"briefs", "sharing", "knowledge", "conversations", "clients", "accounts", "system", "language", "operations"})
package dev.augenhoehe.decisions;
