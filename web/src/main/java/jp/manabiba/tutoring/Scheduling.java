package jp.manabiba.tutoring;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door to planning sessions, for the screens and the demo: who may call what, and one transaction each. The
 * work is in one class a purpose: {@link SeriesPlanning} (a series or a single session from a plan),
 * {@link SingleSessions} (cancel a date, enrol a learner), {@link SupporterAssignment} (a supporter to a date) and
 * {@link SessionCalendar} (the list between two dates). Coordinators plan for their organisations; tutors and
 * volunteers plan and cancel their own sessions with the children they are matched with.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER})
public class Scheduling {

    private final SeriesPlanning planning;
    private final SingleSessions single;
    private final SupporterAssignment assignment;
    private final SessionCalendar calendar;

    Scheduling(SeriesPlanning planning, SingleSessions single, SupporterAssignment assignment, SessionCalendar calendar) {
        this.planning = planning;
        this.single = single;
        this.assignment = assignment;
        this.calendar = calendar;
    }

    /** Creates the series and all its sessions; returns how many sessions it made. */
    @Transactional
    public int createSeries(SeriesPlan plan) {
        return planning.create(plan);
    }

    @Transactional
    public void cancel(long sessionId, String reason) {
        single.cancel(sessionId, reason);
    }

    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public void enrol(long sessionId, long learnerId) {
        single.enrol(sessionId, learnerId);
    }

    /** Adds a tutor or volunteer of the organisation to one date of a series (or a single session). */
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public void assign(long sessionId, long supporterId) {
        assignment.assign(sessionId, supporterId);
    }

    /**
     * The sessions between two dates (Asia/Tokyo) for the calendar list: a coordinator's organisations', or the
     * ones a tutor or volunteer runs.
     */
    @Transactional(readOnly = true)
    public List<SessionRow> sessions(LocalDate from, LocalDate to) {
        return calendar.between(from, to);
    }
}
