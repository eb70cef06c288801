package dev.augenhoehe.knowledge;

import dev.augenhoehe.support.PostgresTest;

/** The same whole-application flow on PostgreSQL, as a team installation runs it. */
@PostgresTest
class KnowledgeFlowPostgresTests extends KnowledgeFlowTests {
}
