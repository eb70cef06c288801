package dev.augenhoehe.accounts;

import dev.augenhoehe.language.Language;
import dev.augenhoehe.system.LocalePreference;
import dev.augenhoehe.system.WorkspaceMember;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in request. Every other module scopes its data by {@link #workspaceId()};
 * it is taken from here and never from a request parameter.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, LocalePreference, WorkspaceMember {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final long workspaceId;
    private final String name;
    private final String email;
    private final Role role;
    private final Language language;
    private final boolean active;
    private final boolean mustChangePassword;
    private String passwordHash;

    SignedInUser(Account account) {
        this.userId = account.id();
        this.workspaceId = account.workspaceId();
        this.name = account.name();
        this.email = account.email();
        this.role = account.role();
        this.language = account.language();
        this.active = account.active();
        this.mustChangePassword = account.mustChangePassword();
        this.passwordHash = account.passwordHash();
    }

    public long userId() {
        return userId;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    /** Signed in with a first password the owner set; every page leads to the profile until they chose their own. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean isOwner() {
        return role == Role.OWNER;
    }

    public Language language() {
        return language;
    }

    @Override
    public Locale preferredLocale() {
        return language.locale();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
