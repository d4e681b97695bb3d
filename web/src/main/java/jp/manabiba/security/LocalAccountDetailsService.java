package jp.manabiba.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Looks up local accounts for the password sign-in; accounts without a password cannot sign in this way. Used
 * only by {@link ThrottledPasswordSignIn}, so that no password is ever checked without the throttle.
 */
final class LocalAccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    LocalAccountDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.strip())
                .filter(account -> account.passwordHash() != null)
                .map(LocalAccountUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
    }
}
