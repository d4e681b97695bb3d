package jp.manabiba.security;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * A password sign-in refused before its password was looked at, because wrong passwords came too often: the same
 * answer whether or not an account has the name. The sign-in page says how long to wait.
 */
public final class SignInRestingException extends LockedException {

    private final long minutes;

    public SignInRestingException(Duration wait) {
        super("Sign-in rests");
        this.minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** The wait, in whole minutes (at least one). */
    public long minutes() {
        return minutes;
    }
}
