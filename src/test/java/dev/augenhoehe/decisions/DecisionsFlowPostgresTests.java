package dev.augenhoehe.decisions;

import dev.augenhoehe.support.PostgresTest;

/** The same flow on PostgreSQL, as a team installation runs it. */
@PostgresTest
class DecisionsFlowPostgresTests extends DecisionsFlowTests {
}
