package jp.manabiba.audit;

import jp.manabiba.security.AccountPrincipal;
import jp.manabiba.security.OidcSignInRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every sign-in into the audit log, with the client address: the successful ones, the refused ones (wrong
 * password, unknown name, a Google or Microsoft identity that is not let in) and those refused because the account
 * is resting after wrong passwords. Listens to Spring Security's own events, beside the sign-in throttle.
 */
@Component
class SignInAudit {

    static final String SCREEN = "sign-in";

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    public void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal user && user.recordingAccountId() != null) {
            audit.recordSignIn(AuditAction.SIGN_IN, user.accountId(), user.username(), screen(event.getAuthentication()),
                    addressOf(event.getAuthentication()));
        }
    }

    @EventListener
    public void onRefused(AbstractAuthenticationFailureEvent event) {
        AuditAction action = event.getException() instanceof LockedException ? AuditAction.SIGN_IN_LOCKED
                : AuditAction.SIGN_IN_FAILED;
        Object principal = event.getAuthentication().getPrincipal();
        @Nullable Long accountId = principal instanceof AccountPrincipal user ? user.accountId() : null;
        String name = principal instanceof AccountPrincipal user ? user.username() : String.valueOf(principal);
        audit.recordSignIn(action, accountId, name, SCREEN, addressOf(event.getAuthentication()));
    }

    /** Google's and Microsoft's refusals come as an event of their own (no Spring failure event is published). */
    @EventListener
    public void onRefused(OidcSignInRefused event) {
        audit.recordSignIn(AuditAction.SIGN_IN_FAILED, null, "(" + event.provider().registrationId() + ")",
                SCREEN + "-" + event.provider().registrationId(), null);
    }

    private static String screen(Authentication authentication) {
        return authentication instanceof OAuth2LoginAuthenticationToken login
                ? SCREEN + "-" + login.getClientRegistration().getRegistrationId() : SCREEN;
    }

    private static @Nullable String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
