/**
 * Klartext, the eye-level language check: tokenising, sentences, syllables, readability, rules, glossary matching and the {@code check} command line. Plain Java: no Spring, no web, nothing else of ours.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Language", allowedDependencies = {})
package dev.augenhoehe.language;
