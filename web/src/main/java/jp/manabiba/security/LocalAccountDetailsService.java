package jp.manabiba.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Looks up local accounts for the password sign-in; accounts without a password cannot sign in this way, nor can a
 * teacher's account, whatever hash it still holds: a teacher reaches the consenting pupils of every organisation at
 * their school, so they sign in only with the school's Google or Microsoft account (its domain or tenant on the
 * allow-list). Only the demo's fictional teacher is let in with the demo password. Used only by
 * {@link ThrottledPasswordSignIn}, so that no password is ever checked without the throttle; a refused account is
 * "not found", which that check answers exactly as a wrong password.
 */
final class LocalAccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final boolean demo;

    LocalAccountDetailsService(AccountRepository accounts, boolean demo) {
        this.accounts = accounts;
        this.demo = demo;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.strip())
                .filter(account -> account.passwordHash() != null)
                .filter(account -> demo || !account.roles().contains(Role.TEACHER))
                .map(LocalAccountUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
    }
}
