package jp.manabiba.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One row of {@code sign_in_throttle}: the wrong passwords of one subject (a name from an address, an address, a
 * name), read and written under its row lock. Until the first rest a subject has its limit of tries; after a rest
 * it has one, and each wrong one makes the next rest longer.
 */
final class ThrottleCount {

    /** An attempt is never checked for this long: a count of attempts in flight older than that is left over. */
    private static final Duration STALE_PENDING = Duration.ofMinutes(2);
    /** How long the newcomer waits while attempts already in flight may end the round. */
    private static final Duration IN_FLIGHT_WAIT = Duration.ofMinutes(1);

    int failures;
    int pending;
    int rests;
    @Nullable Instant restUntil;
    Instant countedSince;
    Instant lastAttemptAt;

    ThrottleCount(int failures, int pending, int rests, @Nullable Instant restUntil, Instant countedSince,
                  Instant lastAttemptAt) {
        this.failures = failures;
        this.pending = pending;
        this.rests = rests;
        this.restUntil = restUntil;
        this.countedSince = countedSince;
        this.lastAttemptAt = lastAttemptAt;
    }

    /** A count older than {@code forgetAfter} starts again; attempts in flight that never ended are dropped. */
    void forgetOld(Instant now, Duration forgetAfter) {
        if (countedSince.plus(forgetAfter).isBefore(now)) {
            failures = 0;
            rests = 0;
            restUntil = null;
            countedSince = now;
        }
        if (pending > 0 && lastAttemptAt.plus(STALE_PENDING).isBefore(now)) {
            pending = 0;
        }
    }

    /**
     * Until when a new attempt must wait, if it must: during a rest, or when the attempts already let in (counted
     * when {@code inFlightCounts}) could use up the round's tries — twenty wrong passwords sent at once get no more
     * tries than twenty sent one after another.
     */
    Optional<Instant> refusedUntil(Instant now, int limit, boolean inFlightCounts) {
        if (restUntil != null && now.isBefore(restUntil)) {
            return Optional.of(restUntil);
        }
        if (failures + (inFlightCounts ? pending : 0) >= triesThisRound(limit)) {
            return Optional.of(now.plus(IN_FLIGHT_WAIT));
        }
        return Optional.empty();
    }

    void letIn(Instant now) {
        pending++;
        lastAttemptAt = now;
    }

    /** A wrong password: when it ends the round's tries, a rest begins, longer than the one before (then true). */
    boolean wrong(Instant now, int limit, SignInProperties properties) {
        pending = Math.max(0, pending - 1);
        failures++;
        lastAttemptAt = now;
        if (failures >= triesThisRound(limit)) {
            rests++;
            failures = 0;
            restUntil = now.plus(properties.rest(rests));
            return true;
        }
        return false;
    }

    void right(boolean forgetFailures) {
        pending = Math.max(0, pending - 1);
        if (forgetFailures) {
            failures = 0;
            rests = 0;
            restUntil = null;
        }
    }

    private int triesThisRound(int limit) {
        return rests == 0 ? limit : 1;
    }
}
