package jp.manabiba.training;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's register of a workshop, once it has started: each supporter who held a seat attended or was
 * absent. Attending completes every module of the workshop on the workshop's day (through {@link CompletionLedger},
 * so expiries and the "trained" day follow); marking again never writes a second completion.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class WorkshopAttendance {

    private final SignupRepository signups;
    private final CompletionLedger ledger;
    private final WorkshopsAccess access;
    private final AuditLog audit;
    private final Clock clock;

    WorkshopAttendance(SignupRepository signups, CompletionLedger ledger, WorkshopsAccess access, AuditLog audit,
                       Clock clock) {
        this.signups = signups;
        this.ledger = ledger;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Marks a signed-up supporter attended or absent. Refused: the workshop not the caller's (access), cancelled or
     * not started yet, the supporter not holding a seat (not signed up, waiting, cancelled), attended changed to
     * absent (its completions stay): each at {@code attendance}.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED) // under the workshop's lock, as signing up is
    public void mark(long workshopId, long supporterId, boolean attended) {
        Workshop workshop = access.lockManagedWorkshop(workshopId);
        Instant now = clock.instant();
        if (workshop.cancelled()) {
            throw new InvalidInput("attendance", "training.workshop.error.cancelled");
        }
        if (!workshop.started(now)) {
            throw new InvalidInput("attendance", "training.attendance.error.not-started");
        }
        Signup signup = signups.findByWorkshopIdAndSupporterId(workshopId, supporterId)
                .orElseThrow(() -> new InvalidInput("attendance", "training.attendance.error.not-signed-up"));
        if (signup.mark(attended, now)) {
            Long by = access.recordingAccountId();
            for (long module : workshop.moduleIds()) {
                if (!signups.completedBy(supporterId, module, workshopId)) {
                    ledger.record(supporterId, module, workshop.day(), CompletionMethod.ATTENDANCE, workshopId, by, null);
                }
            }
        }
        audit.record(AuditAction.CHANGE, TrainingAccess.RECORD_TYPE, supporterId, WorkshopsAccess.SCREEN_WORKSHOP);
    }
}
