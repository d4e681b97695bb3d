package jp.manabiba.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts that coordinators make for the people they enrol: learners and supporters, never teachers,
 * coordinators or administrators. A teacher sees pupils of every organisation at their school, so only an
 * administrator makes a teacher's account, and it signs in only with the school's Google or Microsoft account
 * (docs/security.md, "Who may do what"). A local account gets a password that a child can type from a printed card.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class AccountProvisioning {

    /** A coordinator's account section of a child's or supporter's page, as the audit log names it. */
    static final String SCREEN = "person-account";

    private static final Set<Role> ENROLLABLE = Set.of(Role.LEARNER, Role.TUTOR, Role.VOLUNTEER);
    // short words a child knows and can type in romaji on a school keyboard
    private static final List<String> WORDS = List.of("neko", "inu", "sora", "umi", "yama", "hana", "kaze", "hoshi",
            "tori", "mori", "kawa", "ame", "yuki", "tsuki", "kumo", "niji", "sakura", "momo", "ringo", "mikan",
            "kame", "usagi", "kuma", "saru", "zou", "kirin", "panda", "risu", "tanuki", "kitsune", "fune", "kuruma",
            "densha", "hikouki", "isu", "hon", "enpitsu", "kami", "kasa", "boushi");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountProvisioning(AccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                        Clock clock) {
        this.events = events;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * A teacher's account, made by an administrator: it signs in only with the school Google or Microsoft account
     * of this address (the school's domain or tenant must be allowed), never with a password.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public long createTeacherForSchoolAccount(String username, String displayName, String email) {
        checkSchoolEmail(email);
        Account account = newAccount(username, displayName, Set.of(Role.TEACHER), email);
        return created(accounts.save(account).id(), AccountChanged.Kind.CREATED, AccountAdministration.SCREEN);
    }

    /** A local account with a new password, returned once (for the sign-in card) and stored only as a hash. */
    @Transactional
    public SignInCard createLocal(String username, String displayName, Role role) {
        Account account = newAccount(username, displayName, role, null);
        String password = newPassword();
        account.setPasswordHash(passwordEncoder.encode(password));
        accounts.save(account);
        created(account.id(), AccountChanged.Kind.SIGN_IN_CARD, SCREEN);
        return new SignInCard(account.id(), account.username(), password, displayName);
    }

    /** An account that signs in only with a school Google or Microsoft account of this address. */
    @Transactional
    public long createForSchoolAccount(String username, String displayName, Role role, String email) {
        checkSchoolEmail(email);
        return created(accounts.save(newAccount(username, displayName, role, email)).id(), AccountChanged.Kind.CREATED, SCREEN);
    }

    private long created(long accountId, AccountChanged.Kind kind, String screen) {
        events.publishEvent(new AccountChanged(accountId, kind, screen));
        return accountId;
    }

    private void checkSchoolEmail(String email) {
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInput("email", "validation.email");
        }
        if (accounts.findByEmail(email.strip().toLowerCase(Locale.ROOT)).isPresent()) {
            throw new InvalidInput("email", "account.error.email-taken");
        }
    }

    private Account newAccount(String username, String displayName, Role role, @Nullable String email) {
        if (!ENROLLABLE.contains(role)) {
            throw new IllegalArgumentException("Coordinators do not create " + role + " accounts");
        }
        return newAccount(username, displayName, Set.of(role), email);
    }

    private Account newAccount(String username, String displayName, Set<Role> roles, @Nullable String email) {
        String name = username.strip();
        if (!name.matches("[A-Za-z0-9._-]{3," + Account.USERNAME_MAX + "}")) {
            throw new InvalidInput("username", "account.error.username-format");
        }
        if (accounts.existsByUsername(name)) {
            throw new InvalidInput("username", "account.error.username-taken");
        }
        Account account = new Account(name, displayName, roles, clock.instant());
        account.setEmail(email);
        return account;
    }

    /** A new child-friendly password (for a reset by an administrator). */
    String newPassword() {
        return childFriendlyPassword();
    }

    private String childFriendlyPassword() {
        return WORDS.get(random.nextInt(WORDS.size())) + "-" + WORDS.get(random.nextInt(WORDS.size())) + "-"
                + WORDS.get(random.nextInt(WORDS.size())) + "-" + (10 + random.nextInt(90));
    }

    @Transactional(readOnly = true)
    public @Nullable String usernameOf(@Nullable Long accountId) {
        return accountId == null ? null : accounts.findById(accountId).map(Account::username).orElse(null);
    }

    /** Erases an account for good (the people issue's erasure of a household's children). */
    @Transactional
    public void erase(long accountId) {
        accounts.findById(accountId).ifPresent(account -> {
            if (!ENROLLABLE.containsAll(account.roles())) {
                throw new IllegalArgumentException("Only enrolled people's accounts are erased this way");
            }
            accounts.delete(account);
        });
    }
}
