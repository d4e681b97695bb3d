package jp.manabiba.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.manabiba.i18n.Language;
import org.jspecify.annotations.Nullable;

/** Someone who may sign in: with a local password, a school Google account or a Microsoft account. */
@Entity
@Table(name = "account")
public class Account {

    public static final int USERNAME_MAX = 64;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private String username;
    private String displayName;
    private @Nullable String email;
    private @Nullable String passwordHash;
    private @Nullable String googleSubject;
    private @Nullable String microsoftSubject;
    private String locale;
    private boolean enabled;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected Account() {
        this.username = "";
        this.displayName = "";
        this.locale = Language.DEFAULT.tag();
        this.createdAt = Instant.EPOCH;
    }

    public Account(String username, String displayName, Set<Role> roles, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.roles = new HashSet<>(roles);
        this.locale = Language.DEFAULT.tag();
        this.enabled = true;
        this.createdAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Account not saved yet");
        }
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable String passwordHash() {
        return passwordHash;
    }

    public @Nullable String googleSubject() {
        return googleSubject;
    }

    public @Nullable String microsoftSubject() {
        return microsoftSubject;
    }

    public Language language() {
        return Language.ofTag(locale);
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setEmail(@Nullable String email) {
        this.email = email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public void setPasswordHash(@Nullable String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void changeLanguage(Language language) {
        this.locale = language.tag();
    }

    /** Remembers the provider's stable subject, so a later change of email address does not matter. */
    public void linkGoogle(String subject) {
        this.googleSubject = subject;
    }

    public void linkMicrosoft(String subject) {
        this.microsoftSubject = subject;
    }
}
