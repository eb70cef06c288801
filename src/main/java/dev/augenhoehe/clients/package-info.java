/**
 * Clients and their engagements: who the consultant works for and on what. Other modules add their part of the
 * engagement overview through {@link dev.augenhoehe.clients.EngagementOverviewSection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clients", allowedDependencies = {"accounts", "system", "knowledge", "language", "operations"})
package dev.augenhoehe.clients;
