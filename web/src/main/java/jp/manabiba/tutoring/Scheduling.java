package jp.manabiba.tutoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.people.Participants;
import jp.manabiba.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordinators plan series of sessions (weekly or fortnightly, skipping holidays), enrol learners of their
 * organisation, assign tutors and volunteers, and cancel a date with a reason the children see. Tutors and
 * volunteers plan their own sessions with the children they are matched with, and cancel their own dates. A plan that
 * cannot be kept (see {@link PlanRules}, a link that is not a web address, a tutor already busy then) is refused
 * whole: nothing is saved half-way.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER})
public class Scheduling {
    private static final int MAX_SESSIONS = 200;
    /** Dates in messages are written as the date pickers write them (base.ui.DateFields): one format everywhere. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private final TutoringSessionRepository sessions;
    private final SessionSeriesRepository series;
    private final SessionRows rows;
    private final Participants participants;
    private final TutoringAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Scheduling(TutoringSessionRepository sessions, SessionSeriesRepository series, SessionRows rows,
               Participants participants, TutoringAccess access, ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.series = series;
        this.rows = rows;
        this.participants = participants;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Creates the series and all its sessions; returns how many sessions it made. */
    @Transactional
    public int createSeries(SeriesPlan plan) {
        check(plan);
        List<LocalDate> dates = SessionSeries.dates(plan);
        if (dates.isEmpty()) {
            throw new InvalidInput("weekdays", "session.error.no-dates");
        }
        if (dates.size() > MAX_SESSIONS) {
            throw new InvalidInput("endsOn", "session.error.too-many", MAX_SESSIONS);
        }
        Long seriesId = dates.size() == 1 ? null : series.save(new SessionSeries(plan.organisationId(), plan, clock.instant())).id();
        List<TutoringSession> made = new ArrayList<>();
        for (LocalDate date : dates) {
            Instant start = PlanRules.start(plan, date);
            Instant end = PlanRules.end(plan, date);
            for (long supporter : plan.supporterIds()) {
                sessions.ofSupporter(supporter, start, end).stream().findFirst().ifPresent(busy -> {
                    throw new InvalidInput("supporters", "session.error.overlap", DATE.format(date));
                });
                made.stream().filter(m -> m.tutoredBy(supporter) && m.overlaps(start, end)).findFirst().ifPresent(busy -> {
                    throw new InvalidInput("supporters", "session.error.overlap", DATE.format(date));
                });
            }
            TutoringSession session = new TutoringSession(seriesId, plan.organisationId(), plan.title().strip(), plan.place(),
                    start, end, plan.capacity(), plan.lateAfterMinutes());
            plan.learnerIds().forEach(session::enrol);
            plan.supporterIds().forEach(session::assign);
            made.add(session);
        }
        sessions.saveAll(made);
        return made.size();
    }

    @Transactional
    public void cancel(long sessionId, String reason) {
        String checked = TextRules.line("reason", reason, TutoringSession.CANCELLED_REASON_MAX);
        access.managedSession(sessionId).cancel(checked);
        events.publishEvent(SessionChanged.whole(sessionId));
    }

    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public void enrol(long sessionId, long learnerId) {
        TutoringSession session = access.managedSession(sessionId);
        access.requireLearnerOf(learnerId, session.organisationId());
        session.enrol(learnerId);
        events.publishEvent(new SessionChanged(sessionId, learnerId));
        events.publishEvent(new LearnerEnrolled(sessionId, session.seriesId(), learnerId));
    }

    /** Adds a tutor or volunteer of the organisation to one date of a series (or a single session). */
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public void assign(long sessionId, long supporterId) {
        TutoringSession session = access.managedSession(sessionId);
        access.requireSupporterOf(supporterId, session.organisationId());
        access.requireReady(supporterId, "supporter");
        sessions.ofSupporter(supporterId, session.startsAt(), session.endsAt()).stream()
                .filter(other -> other.id() != sessionId).findFirst().ifPresent(busy -> {
                    throw new InvalidInput("supporter", "session.error.overlap",
                            DATE.format(busy.startsAt().atZone(ProgrammeZone.TOKYO)));
                });
        session.assign(supporterId);
        events.publishEvent(SessionChanged.whole(sessionId));
    }

    /**
     * The sessions between two dates (Asia/Tokyo) for the calendar list: a coordinator's organisations', or the
     * ones a tutor or volunteer runs.
     */
    @Transactional(readOnly = true)
    public List<SessionRow> sessions(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(ProgrammeZone.TOKYO).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ProgrammeZone.TOKYO).toInstant();
        List<Long> managed = participants.managedOrganisations();
        if (!managed.isEmpty()) {
            return rows.withTrainingFlags(sessions.ofOrganisations(managed, start, end));
        }
        return participants.mySupporterId().map(me -> rows.of(sessions.ofSupporter(me, start, end))).orElse(List.of());
    }

    private void check(SeriesPlan plan) {
        access.requirePlanAllowed(plan);
        PlanRules.check(plan);
        plan.supporterIds().forEach(supporter -> access.requireReady(supporter, "supporters"));
    }
}
