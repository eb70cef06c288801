package dev.augenhoehe.conversations;

import dev.augenhoehe.support.PostgresTest;

/** The same whole-application flow on PostgreSQL, as a team installation runs it. */
@PostgresTest
class ConversationsFlowPostgresTests extends ConversationsFlowTests {
}
