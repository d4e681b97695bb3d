package jp.manabiba.security;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing: counts wrong passwords per account in the database (so the count survives a restart and
 * holds across several app nodes) and resets it on a good sign-in.
 */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final AccountRepository accounts;
    private final SignInProperties properties;
    private final Clock clock;

    SignInThrottle(AccountRepository accounts, SignInProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).strip();
        accounts.findByUsername(username).ifPresent(account -> {
            account.recordFailedSignIn(clock.instant(), properties.maxFailures(), properties.lockout());
            if (account.isLockedAt(clock.instant())) {
                log.warn("Account {} rests until {} after {} wrong passwords", account.id(), account.lockedUntil(),
                        properties.maxFailures());
            }
        });
    }

    @EventListener
    @Transactional
    public void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.findById(principal.accountId()).ifPresent(Account::recordSuccessfulSignIn);
        }
    }
}
