package dev.augenhoehe.accounts;

import dev.augenhoehe.language.Language;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Object mother for workspaces and their people. */
public final class TestAccounts {

    public static final String PASSWORD = "a long test password";

    private TestAccounts() {
    }

    /** A signed-in owner for slice tests, without a database. */
    public static SignedInUser owner(long workspaceId, long userId) {
        return principal(workspaceId, userId, Role.OWNER);
    }

    public static SignedInUser consultant(long workspaceId, long userId) {
        return principal(workspaceId, userId, Role.CONSULTANT);
    }

    private static SignedInUser principal(long workspaceId, long userId, Role role) {
        return new SignedInUser(new Account(userId, workspaceId, "Test " + role.name().toLowerCase(),
                "user" + userId + "@example.com", "{noop}" + PASSWORD, role, Language.EN, true, Instant.now(), false, 0));
    }

    /** A stored workspace with its owner, in a running application context. */
    public static TestUser createWorkspace(ApplicationContext context, String name) {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        Account owner = context.getBean(AccountService.class).createWorkspace(name, Language.EN, "Owner of " + name,
                email, PASSWORD);
        return new TestUser(owner.workspaceId(), owner.id(), owner.email(), PASSWORD, new SignedInUser(owner));
    }

    /**
     * A workspace whose owner can sign in through the pages: the first one goes through first-run setup, so the
     * setup gate lets browsers in; later ones are simply added.
     */
    public static TestUser setUpInstance(ApplicationContext context, String name) {
        AccountService accounts = context.getBean(AccountService.class);
        if (context.getBean(SetupState.class).isSetUp()) {
            return createWorkspace(context, name);
        }
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        Account owner = accounts.setUp(name, Language.EN, "Owner of " + name, email, PASSWORD);
        return new TestUser(owner.workspaceId(), owner.id(), owner.email(), PASSWORD, new SignedInUser(owner));
    }

    /** A stored consultant in an existing workspace who has already replaced the first password the owner set. */
    public static TestUser addConsultant(ApplicationContext context, long workspaceId, String name) {
        AccountService accounts = context.getBean(AccountService.class);
        Account added = accounts.addMember(workspaceId, name, "consultant-" + UUID.randomUUID() + "@example.com",
                Language.EN, PASSWORD);
        Account consultant = accounts.changePassword(added.id(), PASSWORD);
        return new TestUser(workspaceId, consultant.id(), consultant.email(), PASSWORD, new SignedInUser(consultant));
    }

    public record TestUser(long workspaceId, long userId, String email, String password, SignedInUser principal) {
    }

    /** Slice tests run on an instance that is already set up. */
    static class AlwaysSetUp extends SetupState {
        AlwaysSetUp() {
            super(null);
        }

        @Override
        boolean isSetUp() {
            return true;
        }
    }
}
