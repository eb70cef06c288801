/**
 * Web and security configuration, layout, error pages and locale: the shell every page sits in. Open to all modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.augenhoehe.system;
