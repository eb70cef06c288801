/**
 * Workspaces, users, roles, sign-in and first-run setup. Every other record belongs to exactly one workspace.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = {"system", "language"})
package dev.augenhoehe.accounts;
