package dev.augenhoehe.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.augenhoehe.language.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/** Runs on H2 and on PostgreSQL: the subclasses pick the database. */
abstract class AccountRepositoryContract {

    @Autowired
    WorkspaceRepository workspaces;

    @Autowired
    AccountRepository accounts;

    @Test
    void storesAndFindsAccountsByEmailAndWorkspace() {
        Workspace acme = workspaces.save(Workspace.create("Acme", Language.DE));
        Workspace other = workspaces.save(Workspace.create("Other", Language.EN));
        Account ann = accounts.save(Account.create(acme.id(), "Ann", " Ann@Example.com ", "{noop}x", Role.OWNER, Language.DE));
        accounts.save(Account.create(other.id(), "Bob", "bob@example.com", "{noop}x", Role.OWNER, Language.EN));

        assertThat(accounts.findByEmail("ann@example.com")).get().extracting(Account::name).isEqualTo("Ann");
        assertThat(accounts.findByWorkspaceIdOrderByNameAsc(acme.id())).extracting(Account::name).containsExactly("Ann");
        assertThat(accounts.findByIdAndWorkspaceId(ann.id(), other.id())).isEmpty();
        assertThat(accounts.findById(ann.id())).get().satisfies(found -> {
            assertThat(found.role()).isEqualTo(Role.OWNER);
            assertThat(found.language()).isEqualTo(Language.DE);
            assertThat(found.active()).isTrue();
        });
    }

    @Test
    void anEmailBelongsToOnePersonAcrossWorkspaces() {
        Workspace acme = workspaces.save(Workspace.create("Acme", Language.DE));
        Workspace other = workspaces.save(Workspace.create("Other", Language.EN));
        accounts.save(Account.create(acme.id(), "Ann", "same@example.com", "{noop}x", Role.OWNER, Language.DE));
        assertThatThrownBy(() -> accounts.save(
                Account.create(other.id(), "Ann 2", "same@example.com", "{noop}x", Role.OWNER, Language.DE)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aStaleCopyCannotOverwriteANewerOne() {
        Workspace acme = workspaces.save(Workspace.create("Acme", Language.DE));
        Account saved = accounts.save(Account.create(acme.id(), "Ann", "ann2@example.com", "{noop}x", Role.OWNER, Language.DE));
        accounts.save(saved.withProfile("Ann B.", Language.EN));
        assertThatThrownBy(() -> accounts.save(saved.withProfile("Ann C.", Language.DE)))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }
}
