package jp.manabiba.training;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seats of one workshop: whether one is free, and the waiting list moving up into the free ones in the order
 * people signed up. Callers hold the workshop's row lock ({@link WorkshopRepository#lockById}), so the count they
 * read is the count they change.
 */
@Component
class SeatQueue {

    private final SignupRepository signups;

    SeatQueue(SignupRepository signups) {
        this.signups = signups;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean seatFree(Workshop locked) {
        return signups.seatsTaken(locked.id()) < locked.capacity();
    }

    /** Moves the first waiting people into the free seats; returns who moved up. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Signup> fill(Workshop locked, Instant now) {
        long free = locked.capacity() - signups.seatsTaken(locked.id());
        List<Signup> moving = signups.waiting(locked.id()).stream().limit(Math.max(0, free)).toList();
        moving.forEach(signup -> signup.moveUp(now));
        signups.flush();
        return moving;
    }
}
