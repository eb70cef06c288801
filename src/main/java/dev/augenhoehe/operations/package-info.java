/**
 * Operating the app: a backup archive of one workspace (every record of every module, with a manifest of the schema
 * version, counts and checksums) and its restore into an empty instance, on H2 and PostgreSQL alike, which is also
 * how a workspace moves from the laptop to a team server. The archive reads the tables as the database describes
 * them (columns, keys, foreign keys), so a module's new table is in it without a change here, or the archive refuses
 * to be made until the table is classified.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations", allowedDependencies = {"accounts", "system"})
package dev.augenhoehe.operations;
