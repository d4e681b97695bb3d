package jp.manabiba.security;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The two OpenID Connect providers. Each is switched on by its client id and secret; the endpoints default to
 * the real providers and are settable only so that tests can point them at a provider of their own.
 */
@ConfigurationProperties("manabiba.oidc")
public record OidcProperties(@DefaultValue Google google, @DefaultValue Microsoft microsoft) {

    /**
     * Google Workspace for Education.
     *
     * @param allowedDomains the Workspace domains (the ID token's {@code hd} claim) whose accounts may sign in
     */
    public record Google(
            @Nullable String clientId,
            @Nullable String clientSecret,
            @DefaultValue List<String> allowedDomains,
            @DefaultValue("https://accounts.google.com") String issuer,
            @DefaultValue("https://accounts.google.com/o/oauth2/v2/auth") String authorizationUri,
            @DefaultValue("https://oauth2.googleapis.com/token") String tokenUri,
            @DefaultValue("https://www.googleapis.com/oauth2/v3/certs") String jwkSetUri,
            @DefaultValue("https://openidconnect.googleapis.com/v1/userinfo") String userInfoUri) {

        public boolean configured() {
            return hasText(clientId) && hasText(clientSecret);
        }
    }

    /**
     * Microsoft Entra ID (multi-tenant: schools sign in with their own tenant).
     *
     * @param allowedTenants the tenant ids (the ID token's {@code tid} claim) whose accounts may sign in
     * @param issuerTemplate the issuer a token of tenant {@code {tid}} must carry
     */
    public record Microsoft(
            @Nullable String clientId,
            @Nullable String clientSecret,
            @DefaultValue List<String> allowedTenants,
            @DefaultValue("https://login.microsoftonline.com/{tid}/v2.0") String issuerTemplate,
            @DefaultValue("https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize") String authorizationUri,
            @DefaultValue("https://login.microsoftonline.com/organizations/oauth2/v2.0/token") String tokenUri,
            @DefaultValue("https://login.microsoftonline.com/organizations/discovery/v2.0/keys") String jwkSetUri) {

        public boolean configured() {
            return hasText(clientId) && hasText(clientSecret);
        }
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
