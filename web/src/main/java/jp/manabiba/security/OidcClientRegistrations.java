package jp.manabiba.security;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;

/**
 * The configured providers, built from {@link OidcProperties} with their endpoints given explicitly, so the app
 * starts even when no provider is reachable. Unlike Spring's in-memory repository this one may be empty.
 */
@Component
public class OidcClientRegistrations implements ClientRegistrationRepository {

    private static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";

    private final Map<IdentityProvider, ClientRegistration> registrations = new EnumMap<>(IdentityProvider.class);

    OidcClientRegistrations(OidcProperties properties) {
        OidcProperties.Google google = properties.google();
        if (google.configured()) {
            registrations.put(IdentityProvider.GOOGLE, base(IdentityProvider.GOOGLE, google.clientId(), google.clientSecret())
                    .clientName("Google")
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .issuerUri(google.issuer())
                    .authorizationUri(google.authorizationUri())
                    .tokenUri(google.tokenUri())
                    .jwkSetUri(google.jwkSetUri())
                    .userInfoUri(google.userInfoUri())
                    .build());
        }
        OidcProperties.Microsoft microsoft = properties.microsoft();
        if (microsoft.configured()) {
            // No issuer here: a multi-tenant token's issuer names its tenant; OidcAccountUserService checks it.
            registrations.put(IdentityProvider.MICROSOFT, base(IdentityProvider.MICROSOFT, microsoft.clientId(), microsoft.clientSecret())
                    .clientName("Microsoft")
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationUri(microsoft.authorizationUri())
                    .tokenUri(microsoft.tokenUri())
                    .jwkSetUri(microsoft.jwkSetUri())
                    .build());
        }
    }

    private static ClientRegistration.Builder base(IdentityProvider provider, @Nullable String id, @Nullable String secret) {
        return ClientRegistration.withRegistrationId(provider.registrationId())
                .clientId(String.valueOf(id))
                .clientSecret(String.valueOf(secret))
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(REDIRECT_URI)
                .scope("openid", "email", "profile")
                .userNameAttributeName(IdTokenClaimNames.SUB);
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        return IdentityProvider.ofRegistrationId(registrationId).map(registrations::get).orElse(null);
    }

    /** The providers whose sign-in buttons the sign-in page shows. */
    public List<IdentityProvider> configuredProviders() {
        return List.copyOf(registrations.keySet());
    }

    public boolean isEmpty() {
        return registrations.isEmpty();
    }
}
