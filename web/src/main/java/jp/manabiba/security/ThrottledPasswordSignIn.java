package jp.manabiba.security;

import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The password sign-in: the only {@link AuthenticationProvider} for names and passwords, so Spring Security checks
 * no password without asking {@link SignInThrottle} first and telling it the outcome afterwards. An unknown name,
 * a name without a password, a teacher's account (they sign in only through their school's identity provider) and a
 * switched-off account with a wrong password all answer as a wrong password does,
 * after the same password check (against a dummy hash for unknown names), so neither the answer nor its time tells
 * which accounts exist.
 */
@Component
class ThrottledPasswordSignIn implements AuthenticationProvider {

    /** Where the attempt came from when the details do not say (never for the sign-in form). */
    static final String NO_ADDRESS = "-";
    private static final int LOCK_RETRIES = 3;

    private final SignInThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    /** @param demo whether the demo runs (never under the production profile): its teacher may use a password */
    ThrottledPasswordSignIn(SignInThrottle throttle, AccountRepository accounts, PasswordEncoder encoder,
                            @Value("${manabiba.demo.enabled:false}") boolean demo) {
        this.throttle = throttle;
        this.passwords = passwordCheck(new LocalAccountDetailsService(accounts, demo), encoder);
    }

    /**
     * Spring's check (which runs the encoder against a dummy hash for unknown names), with the account's status
     * looked at only after a right password: before, a switched-off account would answer faster and differently.
     */
    static DaoAuthenticationProvider passwordCheck(UserDetailsService accounts, PasswordEncoder encoder) {
        DaoAuthenticationProvider check = new DaoAuthenticationProvider(accounts);
        check.setPasswordEncoder(encoder);
        check.setPreAuthenticationChecks(user -> { });
        check.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return check;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        SignInThrottle.Attempt attempt =
                withLockRetries(() -> throttle.letIn(authentication.getName(), addressOf(authentication)));
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(authentication);
        } catch (AuthenticationException refused) {
            withLockRetries(() -> {
                throttle.wrong(attempt);
                return attempt;
            });
            throw refused;
        }
        withLockRetries(() -> {
            throttle.right(attempt);
            return attempt;
        });
        throttle.forgetOld();
        return signedIn;
    }

    /** The client's address as Tomcat sees it: behind the production proxy, from its forwarded header. */
    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : NO_ADDRESS;
    }

    /** A deadlock between two attempts' row locks is settled by the database refusing one: that one tries again. */
    private static <T> T withLockRetries(Supplier<T> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (PessimisticLockingFailureException conflict) {
                if (attempt == LOCK_RETRIES) {
                    throw conflict;
                }
            }
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
