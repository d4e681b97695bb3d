package jp.manabiba.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up local accounts for the password sign-in; accounts without a password cannot sign in this way. */
@Service
class LocalAccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    LocalAccountDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.strip())
                .filter(account -> account.passwordHash() != null)
                .map(account -> new LocalAccountUser(account, account.isLockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
    }
}
