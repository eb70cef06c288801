/**
 * The knowledge base: the glossary (the workspace's own terms on top of the shipped ones), decision templates,
 * one German-aware search over templates, glossary and past briefs, the live Klartext check for editors and the
 * findings consultants dismissed for a client (the owner sees them per rule on {@code /settings/klartext}); the
 * clients module tells it about clients through {@link dev.augenhoehe.knowledge.DismissalClients}.
 * Other modules use {@link dev.augenhoehe.knowledge.LiveCheck}, {@link dev.augenhoehe.knowledge.DecisionTemplates},
 * {@link dev.augenhoehe.knowledge.WorkspaceTemplates}, {@link dev.augenhoehe.knowledge.WorkspaceGlossary} and
 * {@link dev.augenhoehe.knowledge.KnowledgeSearch}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge",
        allowedDependencies = {"language", "accounts", "system", "operations"})
package dev.augenhoehe.knowledge;
