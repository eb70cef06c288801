/**
 * The {@code check} command line, started from the application's main method without Spring.
 */
@org.springframework.modulith.NamedInterface("cli")
package dev.augenhoehe.language.cli;
