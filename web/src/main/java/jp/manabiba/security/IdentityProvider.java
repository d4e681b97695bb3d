package jp.manabiba.security;

import java.util.Optional;

/** The OpenID Connect providers Manabiba knows; the registration id is also the URL segment. */
public enum IdentityProvider {
    GOOGLE("google"),
    MICROSOFT("microsoft");

    private final String registrationId;

    IdentityProvider(String registrationId) {
        this.registrationId = registrationId;
    }

    public String registrationId() {
        return registrationId;
    }

    /** Where the sign-in button sends the browser. */
    public String authorizationPath() {
        return "/oauth2/authorization/" + registrationId;
    }

    static Optional<IdentityProvider> ofRegistrationId(String registrationId) {
        for (IdentityProvider provider : values()) {
            if (provider.registrationId.equals(registrationId)) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }
}
