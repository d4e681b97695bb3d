package jp.manabiba.security;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Accepts an OpenID Connect sign-in only for the organisation's own Google domains or Microsoft tenants, and only
 * for an existing account: matched by the stored subject or by the provider's verified email. Nobody is created.
 */
@Service
class OidcAccountUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(OidcAccountUserService.class);

    private final OidcUserService delegate = new OidcUserService();
    private final OidcProperties properties;
    private final OidcAccountMatcher matcher;
    private final ApplicationEventPublisher events;

    OidcAccountUserService(OidcProperties properties, OidcAccountMatcher matcher, ApplicationEventPublisher events) {
        this.properties = properties;
        this.matcher = matcher;
        this.events = events;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        IdentityProvider provider = IdentityProvider.ofRegistrationId(request.getClientRegistration().getRegistrationId())
                .orElseThrow(() -> new IllegalStateException("Unknown provider"));
        try {
            return accountUser(provider, request);
        } catch (OidcRefusalException refused) {
            log.info("OpenID Connect sign-in with {} refused: {} ({})", provider, refused.refusal.code(), refused.getMessage());
            events.publishEvent(new OidcSignInRefused(provider, refused.refusal));
            throw new OAuth2AuthenticationException(new OAuth2Error(refused.refusal.code()), refused.refusal.code());
        }
    }

    private OidcUser accountUser(IdentityProvider provider, OidcUserRequest request) {
        OidcIdToken idToken = request.getIdToken();
        switch (provider) {
            case GOOGLE -> checkGoogleDomain(idToken);
            case MICROSOFT -> checkMicrosoftTenant(idToken);
        }
        OidcUser user = delegate.loadUser(request);
        String email = verifiedEmail(provider, user);
        Account account = matcher.match(provider, user.getSubject(), email)
                .orElseThrow(() -> email == null && user.getEmail() != null
                        ? refuse(OidcRefusal.EMAIL_NOT_VERIFIED, "unverified email, unknown subject")
                        : refuse(OidcRefusal.UNKNOWN_ACCOUNT, "no account for this identity"));
        if (!account.enabled()) {
            throw refuse(OidcRefusal.ACCOUNT_DISABLED, "account disabled");
        }
        return new OidcAccountUser(account, idToken, user.getUserInfo());
    }

    private void checkGoogleDomain(OidcIdToken idToken) {
        String domain = idToken.getClaimAsString("hd");
        if (domain == null || !containsIgnoringCase(properties.google().allowedDomains(), domain)) {
            throw refuse(OidcRefusal.DOMAIN_NOT_ALLOWED, "hd=" + domain);
        }
    }

    private void checkMicrosoftTenant(OidcIdToken idToken) {
        String tenant = idToken.getClaimAsString("tid");
        if (tenant == null || !containsIgnoringCase(properties.microsoft().allowedTenants(), tenant)) {
            throw refuse(OidcRefusal.TENANT_NOT_ALLOWED, "tid=" + tenant);
        }
        String expectedIssuer = properties.microsoft().issuerTemplate().replace("{tid}", tenant);
        if (idToken.getIssuer() == null || !expectedIssuer.equals(idToken.getIssuer().toString())) {
            throw refuse(OidcRefusal.TENANT_NOT_ALLOWED, "issuer " + idToken.getIssuer() + " is not of tenant " + tenant);
        }
    }

    /**
     * Google says whether it verified the address. An Entra ID address is managed by the school's own tenant,
     * which was checked above; its {@code email} claim may be absent, the sign-in name is then the address.
     */
    private static @Nullable String verifiedEmail(IdentityProvider provider, OidcUser user) {
        return switch (provider) {
            case GOOGLE -> Boolean.TRUE.equals(user.getEmailVerified()) ? user.getEmail() : null;
            case MICROSOFT -> user.getEmail() != null ? user.getEmail() : user.getPreferredUsername();
        };
    }

    private static boolean containsIgnoringCase(List<String> allowed, String value) {
        return allowed.stream().anyMatch(a -> a.strip().toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT)));
    }

    private static OidcRefusalException refuse(OidcRefusal refusal, String detail) {
        return new OidcRefusalException(refusal, detail);
    }

    private static final class OidcRefusalException extends RuntimeException {

        private final OidcRefusal refusal;

        OidcRefusalException(OidcRefusal refusal, String detail) {
            super(detail, null, false, false);
            this.refusal = refusal;
        }
    }
}
