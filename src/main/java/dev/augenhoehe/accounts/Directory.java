package dev.augenhoehe.accounts;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read about people and workspaces: the names a client sees and the address a note goes to.
 * Accounts owns these facts; nobody else reads its tables.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final AccountRepository accounts;
    private final WorkspaceRepository workspaces;

    Directory(AccountRepository accounts, WorkspaceRepository workspaces) {
        this.accounts = accounts;
        this.workspaces = workspaces;
    }

    /** The person's e-mail address, while the account is active; a deactivated person gets no mail from us. */
    public Optional<String> activeEmail(long accountId) {
        return accounts.findById(accountId).filter(Account::active).map(Account::email);
    }

    /** The person's name, empty when there is no such account. */
    public String name(long accountId) {
        return accounts.findById(accountId).map(Account::name).orElse("");
    }

    /** The workspace's name, empty when there is no such workspace. */
    public String workspaceName(long workspaceId) {
        return workspaces.findById(workspaceId).map(Workspace::name).orElse("");
    }
}
