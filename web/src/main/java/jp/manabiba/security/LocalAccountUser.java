package jp.manabiba.security;

import java.util.Collection;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A local account as Spring Security sees it; the password hash is erased once the password is checked. */
final class LocalAccountUser implements UserDetails, AccountPrincipal, CredentialsContainer {

    private final long accountId;
    private final String username;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean enabled;
    private @Nullable String passwordHash;

    LocalAccountUser(Account account) {
        this.accountId = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.roles = account.roles();
        this.enabled = account.enabled();
        this.passwordHash = account.passwordHash();
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Authorities.of(roles);
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
