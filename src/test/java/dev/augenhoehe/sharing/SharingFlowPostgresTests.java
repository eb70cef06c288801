package dev.augenhoehe.sharing;

import dev.augenhoehe.support.PostgresTest;

/** The same whole-application flow on PostgreSQL, as a team installation runs it. */
@PostgresTest
class SharingFlowPostgresTests extends SharingFlowTests {
}
