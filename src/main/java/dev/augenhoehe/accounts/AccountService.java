package dev.augenhoehe.accounts;

import dev.augenhoehe.language.Language;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that changes workspaces and accounts. Every lookup that comes from a request is scoped by the
 * caller's workspace, so a foreign id behaves exactly like an unknown one.
 */
@Service
class AccountService {

    private final WorkspaceRepository workspaces;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;
    

    AccountService(WorkspaceRepository workspaces, AccountRepository accounts, PasswordEncoder passwordEncoder,
            JdbcClient jdbc) {
        this.workspaces = workspaces;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
    }

    /** First-run setup. Fails with {@link AlreadySetUpException} if another request got there first. */
    @Transactional
    Account setUp(String workspaceName, Language language, String ownerName, String email, String password) {
        try {
            jdbc.sql("insert into instance_setup (id, set_up_at) values (1, :now)").param("now", java.sql.Timestamp.from(Instant.now())).update();
        } catch (DuplicateKeyException e) {
            throw new AlreadySetUpException();
        }
        Account owner = createWorkspace(workspaceName, language, ownerName, email, password);
        return owner;
    }

    /** A workspace with its owner. Used by setup and by the demo data; further workspaces are for tests today. */
    @Transactional
    Account createWorkspace(String workspaceName, Language language, String ownerName, String email,
            String password) {
        Workspace workspace = workspaces.save(Workspace.create(workspaceName, language));
        return accounts.save(Account.create(workspace.id(), ownerName, email, passwordEncoder.encode(password),
                Role.OWNER, language));
    }

    enum EmailUse { FREE, IN_THIS_WORKSPACE, ELSEWHERE }

    /** Whether an address is free for a new account; the caller tells apart only what its own workspace may know. */
    EmailUse emailUse(long workspaceId, String email) {
        return accounts.findByEmail(Account.normalizeEmail(email))
                .map(account -> account.workspaceId() == workspaceId ? EmailUse.IN_THIS_WORKSPACE : EmailUse.ELSEWHERE)
                .orElse(EmailUse.FREE);
    }

    @Transactional
    Account addMember(long workspaceId, String name, String email, Language language, String password) {
        try {
            return accounts.save(Account.create(workspaceId, name, email, passwordEncoder.encode(password),
                    Role.CONSULTANT, language).requiringPasswordChange());
        } catch (DuplicateKeyException e) {
            throw new EmailTakenException();
        }
    }

    List<Account> members(long workspaceId) {
        return accounts.findByWorkspaceIdOrderByNameAsc(workspaceId);
    }

    Optional<Account> member(long workspaceId, long accountId) {
        return accounts.findByIdAndWorkspaceId(accountId, workspaceId);
    }

    Account account(long accountId) {
        return accounts.findById(accountId).orElseThrow();
    }

    Workspace workspace(long workspaceId) {
        return workspaces.findById(workspaceId).orElseThrow();
    }

    @Transactional
    Workspace updateWorkspace(long workspaceId, String name, Language language) {
        return workspaces.save(workspace(workspaceId).rename(name, language));
    }

    @Transactional
    Workspace requireTwoStep(long workspaceId, boolean required) {
        return workspaces.save(workspace(workspaceId).withTwoStepRequired(required));
    }

    @Transactional
    Account setActive(Account member, boolean active) {
        return accounts.save(member.withActive(active));
    }

    @Transactional
    Account updateProfile(long accountId, String name, Language language) {
        return accounts.save(account(accountId).withProfile(name, language));
    }

    boolean passwordMatches(long accountId, String rawPassword) {
        return passwordEncoder.matches(rawPassword, account(accountId).passwordHash());
    }

    @Transactional
    Account changePassword(long accountId, String newPassword) {
        return accounts.save(account(accountId).withOwnPassword(passwordEncoder.encode(newPassword)));
    }

    static final class AlreadySetUpException extends RuntimeException {
        AlreadySetUpException() {
            super(null, null, false, false);
        }
    }

    static final class EmailTakenException extends RuntimeException {
        EmailTakenException() {
            super(null, null, false, false);
        }
    }
}
