package jp.manabiba.security;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts: only administrators (the people issue adds coordinators' invitations). */
@Service
@RolesAllowed(Roles.ADMIN)
public class AccountAdministration {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountAdministration(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    public long create(NewAccount request) {
        if (accounts.existsByUsername(request.username())) {
            throw new IllegalArgumentException("Username already taken: " + request.username());
        }
        Account account = new Account(request.username(), request.displayName(), request.roles(), clock.instant());
        account.setEmail(request.email());
        if (request.password() != null) {
            account.setPasswordHash(passwordEncoder.encode(request.password()));
        }
        return accounts.save(account).id();
    }

    /** Sets a new password, e.g. when a child forgot theirs; it also ends any rest after wrong passwords. */
    @Transactional
    public void setPassword(long accountId, String password) {
        if (password.length() < 8) {
            throw new jp.manabiba.i18n.InvalidInput("password", "account.error.password-short", 8);
        }
        Account account = accounts.findById(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        account.setPasswordHash(passwordEncoder.encode(password));
        account.recordSuccessfulSignIn();
    }

    /** The account of a username, for an administrator assigning coordinators. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> idOf(String username) {
        return accounts.findByUsername(username.strip()).map(Account::id);
    }

    @Transactional(readOnly = true)
    public java.util.List<String> usernamesOf(java.util.Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream().map(Account::username).sorted().toList();
    }

    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }
}
