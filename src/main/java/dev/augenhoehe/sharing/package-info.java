/**
 * Sharing with the client: a share bundles a recap of the conversation and published brief versions behind one
 * link without an account ({@code /s/{token}}, its PDF {@code /s/{token}/pdf}). The client reads, chooses, asks
 * back and gives feedback; a confirmed choice is announced as {@link dev.augenhoehe.sharing.ClientChoiceConfirmed}.
 * Later modules add parts of the client page through {@link dev.augenhoehe.sharing.ClientPageSection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sharing",
        allowedDependencies = {"briefs", "conversations", "knowledge", "language", "clients", "accounts", "system"})
package dev.augenhoehe.sharing;
