/**
 * Decision briefs: the answer to one client question as options, pros, cons, where each leads, and a reasoned
 * recommendation. A brief is edited as a draft (live Klartext check, optimistic locking) and published as
 * immutable versions; publishing answers the client's question and announces {@link dev.augenhoehe.briefs.BriefPublished}
 * for sharing and the decision log. {@link dev.augenhoehe.briefs.PublishedBriefs} reads the fixed versions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Briefs",
        allowedDependencies = {"conversations", "knowledge", "language", "clients", "accounts", "system", "operations"})
package dev.augenhoehe.briefs;
