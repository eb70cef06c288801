package dev.augenhoehe.accounts;

import dev.augenhoehe.support.PostgresTest;

/** The same two-step flows on PostgreSQL: migration V13_0, the JDBC session (bytea) holding the pending note. */
@PostgresTest
class TwoStepFlowPostgresTests extends TwoStepFlowTests {
}
