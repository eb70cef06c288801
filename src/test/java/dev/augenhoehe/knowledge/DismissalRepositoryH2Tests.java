package dev.augenhoehe.knowledge;

import dev.augenhoehe.support.RepositoryTest;

@RepositoryTest
class DismissalRepositoryH2Tests extends DismissalRepositoryContract {
}
