package jp.manabiba.training;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supporter signs up for a coming workshop of their organisation, and cancels. When it is full they join the
 * waiting list; when a booked person cancels, the first waiting moves up. The workshop's row is locked for each
 * change, so two people can never both take the last seat.
 */
@Service
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER})
public class WorkshopSignups {

    private final WorkshopRepository workshops;
    private final SignupRepository signups;
    private final WorkshopRows rows;
    private final SeatQueue seats;
    private final WorkshopsAccess access;
    private final Clock clock;

    WorkshopSignups(WorkshopRepository workshops, SignupRepository signups, WorkshopRows rows, SeatQueue seats,
                    WorkshopsAccess access, Clock clock) {
        this.workshops = workshops;
        this.signups = signups;
        this.rows = rows;
        this.seats = seats;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The coming workshops of the supporter's organisation, with their own place in each; a cancelled one only to
     * those who had a place in it, so that they learn it will not take place.
     */
    @Transactional(readOnly = true)
    public List<OpenWorkshop> open() {
        long me = access.mySupporterId();
        List<Workshop> coming = workshops.comingOf(access.myOrganisation(), clock.instant());
        List<Signup> all = coming.isEmpty() ? List.of()
                : signups.ofWorkshops(coming.stream().map(Workshop::id).toList());
        Map<Long, List<Signup>> perWorkshop = all.stream().collect(Collectors.groupingBy(Signup::workshopId));
        return rows.of(coming).stream().map(row -> mine(row, perWorkshop.getOrDefault(row.id(), List.of()), me))
                .filter(open -> !open.workshop().cancelled() || open.mine() != null).toList();
    }

    /** Signs the supporter up: booked when a seat is free, else on the waiting list. Returns which. */
    @Transactional(isolation = Isolation.READ_COMMITTED) // see WorkshopRepository#lockById
    public SignupState signUp(long workshopId) {
        long me = access.mySupporterId();
        Workshop workshop = access.lockWorkshopOfMine(workshopId);
        Instant now = clock.instant();
        workshop.requireOpen(now, "workshop");
        boolean free = seats.seatFree(workshop);
        Signup signup = signups.findByWorkshopIdAndSupporterId(workshopId, me).map(existing -> {
            existing.again(free, now);
            return existing;
        }).orElseGet(() -> signups.save(new Signup(workshopId, me, free, now)));
        signups.flush();
        return signup.state();
    }

    /** Cancels the supporter's booking or place in the queue; a freed seat goes to the first waiting. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void cancel(long workshopId) {
        long me = access.mySupporterId();
        Workshop workshop = access.lockWorkshopOfMine(workshopId);
        Instant now = clock.instant();
        workshop.requireOpen(now, "workshop");
        Signup signup = signups.findByWorkshopIdAndSupporterId(workshopId, me)
                .orElseThrow(() -> new InvalidInput("workshop", "training.signup.error.not-signed-up"));
        if (signup.cancel(now)) {
            signups.flush();
            seats.fill(workshop, now);
        }
    }

    private static OpenWorkshop mine(WorkshopRow row, List<Signup> signupsInOrder, long me) {
        int position = 0;
        for (Signup signup : signupsInOrder) {
            if (signup.state() == SignupState.WAITING) {
                position++;
            }
            if (signup.supporterId() == me) {
                boolean waiting = signup.state() == SignupState.WAITING;
                boolean movedUp = signup.state() == SignupState.BOOKED && signup.changedAt().isAfter(signup.signedUpAt());
                return new OpenWorkshop(row, signup.state() == SignupState.CANCELLED ? null : signup.state(),
                        waiting ? position : 0, movedUp);
            }
        }
        return new OpenWorkshop(row, null, 0, false);
    }
}
