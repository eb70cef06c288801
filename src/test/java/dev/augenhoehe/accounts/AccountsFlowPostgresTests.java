package dev.augenhoehe.accounts;

import dev.augenhoehe.support.PostgresTest;

/**
 * The same whole-application flow on PostgreSQL: every migration, JDBC sessions (bytea), sign-in, team and
 * workspace isolation, as a team installation runs them.
 */
@PostgresTest
class AccountsFlowPostgresTests extends AccountsFlowTests {
}
