package dev.augenhoehe.accounts;

import dev.augenhoehe.support.RepositoryTest;

@RepositoryTest
class AccountRepositoryH2Tests extends AccountRepositoryContract {
}
