package jp.manabiba.security;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the account of an OpenID Connect identity and remembers its subject on first use. */
@Service
class OidcAccountMatcher {

    private final AccountRepository accounts;

    OidcAccountMatcher(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public Optional<Account> match(IdentityProvider provider, String subject, @Nullable String verifiedEmail) {
        Optional<Account> bySubject = switch (provider) {
            case GOOGLE -> accounts.findByGoogleSubject(subject);
            case MICROSOFT -> accounts.findByMicrosoftSubject(subject);
        };
        if (bySubject.isPresent() || verifiedEmail == null) {
            return bySubject;
        }
        return accounts.findByEmail(verifiedEmail.strip().toLowerCase(Locale.ROOT))
                // an account already linked to another identity of this provider is not taken over by email
                .filter(account -> linkedSubject(provider, account) == null)
                .map(account -> {
                    switch (provider) {
                        case GOOGLE -> account.linkGoogle(subject);
                        case MICROSOFT -> account.linkMicrosoft(subject);
                    }
                    return account;
                });
    }

    private static @Nullable String linkedSubject(IdentityProvider provider, Account account) {
        return switch (provider) {
            case GOOGLE -> account.googleSubject();
            case MICROSOFT -> account.microsoftSubject();
        };
    }
}
