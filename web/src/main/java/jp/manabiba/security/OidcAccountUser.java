package jp.manabiba.security;

import java.util.Set;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.jspecify.annotations.Nullable;

/** An account signed in through Google or Microsoft; its roles are the account's, never the provider's. */
final class OidcAccountUser extends DefaultOidcUser implements AccountPrincipal {

    private final long accountId;
    private final String username;
    private final String displayName;
    private final Set<Role> roles;

    OidcAccountUser(Account account, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        super(Authorities.of(account.roles()), idToken, userInfo);
        this.accountId = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.roles = account.roles();
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
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OidcAccountUser user && user.accountId == accountId && super.equals(other);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }
}
