package jp.manabiba.security;

import java.util.Optional;

/**
 * Why an OpenID Connect sign-in was refused. The code travels in the OAuth2 error; the sign-in page turns it
 * into a translated message under {@code login.refused.<code>}.
 */
public enum OidcRefusal {
    DOMAIN_NOT_ALLOWED("domain-not-allowed"),
    TENANT_NOT_ALLOWED("tenant-not-allowed"),
    EMAIL_NOT_VERIFIED("email-not-verified"),
    UNKNOWN_ACCOUNT("unknown-account"),
    ACCOUNT_DISABLED("account-disabled");

    private final String code;

    OidcRefusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "login.refused." + code;
    }

    public static Optional<OidcRefusal> ofCode(String code) {
        for (OidcRefusal refusal : values()) {
            if (refusal.code.equals(code)) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }
}
