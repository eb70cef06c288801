package dev.augenhoehe.system;

import dev.augenhoehe.support.PostgresTest;

/** {@link SessionAttributesRaceTests} on PostgreSQL, whose upsert is Spring Session's own {@code ON CONFLICT}. */
@PostgresTest
class SessionAttributesRacePostgresTests extends SessionAttributesRaceTests {
}
