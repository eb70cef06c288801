package dev.augenhoehe.briefs;

import dev.augenhoehe.support.PostgresTest;
import dev.augenhoehe.support.RepositoryTest;

@RepositoryTest
@PostgresTest
class BriefRepositoryPostgresTests extends BriefRepositoryContract {
}
