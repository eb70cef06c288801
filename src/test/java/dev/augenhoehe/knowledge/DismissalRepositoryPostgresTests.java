package dev.augenhoehe.knowledge;

import dev.augenhoehe.support.PostgresTest;
import dev.augenhoehe.support.RepositoryTest;

@RepositoryTest
@PostgresTest
class DismissalRepositoryPostgresTests extends DismissalRepositoryContract {
}
