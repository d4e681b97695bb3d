package jp.manabiba.security;

import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** A signed-in account for tests that sign in without going through the sign-in page. */
public record TestPrincipal(long accountId, String username, String displayName, Set<Role> roles)
        implements AccountPrincipal {

    /** The demo account of that name, as it would be after signing in. */
    public static TestPrincipal demo(ApplicationContext context, String username) {
        Account account = context.getBean(AccountRepository.class).findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("No demo account " + username));
        return new TestPrincipal(account.id(), account.username(), account.displayName(), account.roles());
    }

    public Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null, Authorities.of(roles));
    }
}
