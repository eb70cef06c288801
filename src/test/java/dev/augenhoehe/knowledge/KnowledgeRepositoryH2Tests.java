package dev.augenhoehe.knowledge;

import dev.augenhoehe.support.RepositoryTest;

@RepositoryTest
class KnowledgeRepositoryH2Tests extends KnowledgeRepositoryContract {
}
