package jp.manabiba.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Throttling of wrong passwords ({@link SignInThrottle}).
 *
 * @param maxFailures        wrong passwords in a row, for one name from one client address, before the first rest
 * @param lockout            the first rest; each further wrong password after a rest doubles it
 * @param maxLockout         the longest rest
 * @param accountMaxFailures wrong passwords for one name, from all addresses, before the name rests for addresses
 *                           it never signed in from
 * @param addressMaxFailures wrong passwords from one client address (a school's shared address, too), before the
 *                           address rests for names that never signed in from it
 * @param forgetAfter        how long a count lasts: after that it starts again from nothing
 */
@ConfigurationProperties("manabiba.sign-in")
public record SignInProperties(@DefaultValue("5") int maxFailures, @DefaultValue("5m") Duration lockout,
                               @DefaultValue("1h") Duration maxLockout, @DefaultValue("20") int accountMaxFailures,
                               @DefaultValue("100") int addressMaxFailures, @DefaultValue("24h") Duration forgetAfter) {

    /** The length of the given rest (the first is 1): doubling from {@link #lockout}, at most {@link #maxLockout}. */
    public Duration rest(int nth) {
        Duration rest = lockout;
        for (int i = 1; i < nth && rest.compareTo(maxLockout) < 0; i++) {
            rest = rest.multipliedBy(2);
        }
        return rest.compareTo(maxLockout) > 0 ? maxLockout : rest;
    }
}
