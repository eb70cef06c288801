package dev.augenhoehe.briefs;

import dev.augenhoehe.support.RepositoryTest;

@RepositoryTest
class BriefRepositoryH2Tests extends BriefRepositoryContract {
}
