package jp.manabiba.security;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administering accounts: creating, listing, switching off and on, new passwords. Administrators only. */
@Service
@RolesAllowed(Roles.ADMIN)
public class AccountAdministration {

    /** The administrator's accounts screen, as the audit log names it. */
    static final String SCREEN = "accounts";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AccountProvisioning provisioning;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignInThrottle throttle;

    AccountAdministration(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                          AccountProvisioning provisioning, ApplicationEventPublisher events, Clock clock,
                          SignInThrottle throttle) {
        this.events = events;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.provisioning = provisioning;
        this.clock = clock;
        this.throttle = throttle;
    }

    @Transactional
    public long create(NewAccount request) {
        if (accounts.existsByUsername(request.username())) {
            throw new IllegalArgumentException("Username already taken: " + request.username());
        }
        Account account = new Account(request.username(), request.displayName(), request.roles(), clock.instant());
        account.setEmail(request.email());
        if (request.password() != null) {
            requireNoTeacherPassword(request.roles());
            account.setPasswordHash(passwordEncoder.encode(request.password()));
        }
        long id = accounts.save(account).id();
        events.publishEvent(new AccountChanged(id, AccountChanged.Kind.CREATED, SCREEN));
        return id;
    }

    /** Sets a new password, e.g. when a child forgot theirs; it also ends any rest after wrong passwords. */
    @Transactional
    public void setPassword(long accountId, String password) {
        if (password.length() < 8) {
            throw new jp.manabiba.i18n.InvalidInput("password", "account.error.password-short", 8);
        }
        Account account = accounts.findWithRolesById(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        requireNoTeacherPassword(account.roles());
        account.setPasswordHash(passwordEncoder.encode(password));
        throttle.forgive(account.username());
        events.publishEvent(new AccountChanged(accountId, AccountChanged.Kind.NEW_PASSWORD, SCREEN));
    }

    /**
     * Teachers sign in only with their school's Google or Microsoft account (the allowed domains and tenants), never
     * with a password an administrator handed out. The system itself may, for the demo's teacher.
     */
    private void requireNoTeacherPassword(java.util.Set<Role> roles) {
        if (roles.contains(Role.TEACHER) && currentUser.require().recordingAccountId() != null) {
            throw new jp.manabiba.i18n.InvalidInput("password", "account.error.teacher-school-sign-in");
        }
    }

    /** A page of all accounts for the administrator's list: two queries a page, the ids and then those accounts. */
    @Transactional(readOnly = true)
    public java.util.List<AccountRow> page(@org.jspecify.annotations.Nullable String search, int offset, int limit) {
        String prefix = search == null || search.isBlank() ? null
                : search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        java.util.List<Long> ids = accounts.pageIds(prefix, org.springframework.data.domain.PageRequest.of(offset / limit, limit));
        java.util.Map<Long, Account> found = new java.util.HashMap<>();
        accounts.findWithRolesByIdIn(ids).forEach(a -> found.put(a.id(), a));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull)
                .map(a -> new AccountRow(a.id(), a.username(), a.displayName(), a.email(), a.roles(), a.enabled(),
                        a.passwordHash() != null))
                .toList();
    }

    /** Switches an account off (it can no longer sign in) or on again; administrators cannot switch themselves off. */
    @Transactional
    public void setEnabled(long accountId, boolean enabled) {
        if (!enabled && currentUser.require().accountId() == accountId) {
            throw new jp.manabiba.i18n.InvalidInput("enabled", "account.error.not-yourself");
        }
        accounts.findById(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId))
                .setEnabled(enabled);
        events.publishEvent(new AccountChanged(accountId, enabled ? AccountChanged.Kind.ENABLED : AccountChanged.Kind.SUSPENDED,
                SCREEN));
    }

    /** A new password for a local account, returned once for a sign-in card; the old one stops working. */
    @Transactional
    public SignInCard resetPassword(long accountId) {
        Account account = accounts.findWithRolesById(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        requireNoTeacherPassword(account.roles());
        String password = provisioning.newPassword();
        account.setPasswordHash(passwordEncoder.encode(password));
        throttle.forgive(account.username());
        events.publishEvent(new AccountChanged(accountId, AccountChanged.Kind.SIGN_IN_CARD, SCREEN));
        return new SignInCard(account.id(), account.username(), password, account.displayName());
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
    public boolean hasRole(long accountId, Role role) {
        return accounts.findWithRolesById(accountId).map(a -> a.roles().contains(role)).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }
}
