package jp.manabiba.tutoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.manabiba.i18n.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes the sessions of a plan: one date (a single session) or a series, weekly or fortnightly and skipping
 * holidays, with its learners enrolled and its supporters assigned. A plan that cannot be kept (see
 * {@link PlanRules}, a supporter not ready or already busy then) is refused whole: nothing is saved half-way.
 * Runs inside {@link Scheduling#createSeries}'s transaction.
 */
@Component
class SeriesPlanning {

    private static final int MAX_SESSIONS = 200;

    private final TutoringSessionRepository sessions;
    private final SessionSeriesRepository series;
    private final TutoringAccess access;
    private final Clock clock;

    SeriesPlanning(TutoringSessionRepository sessions, SessionSeriesRepository series, TutoringAccess access, Clock clock) {
        this.sessions = sessions;
        this.series = series;
        this.access = access;
        this.clock = clock;
    }

    /** Creates the series (none for a single date) and all its sessions; returns how many sessions it made. */
    int create(SeriesPlan plan) {
        access.requirePlanAllowed(plan);
        PlanRules.check(plan);
        plan.supporterIds().forEach(supporter -> access.requireReady(supporter, "supporters"));
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
            made.add(session(plan, seriesId, date, made));
        }
        sessions.saveAll(made);
        return made.size();
    }

    /** The plan's session on one date, refused when a supporter already runs one then, saved or made before it. */
    private TutoringSession session(SeriesPlan plan, @Nullable Long seriesId, LocalDate date, List<TutoringSession> madeBefore) {
        Instant start = PlanRules.start(plan, date);
        Instant end = PlanRules.end(plan, date);
        for (long supporter : plan.supporterIds()) {
            boolean busy = !sessions.ofSupporter(supporter, start, end).isEmpty()
                    || madeBefore.stream().anyMatch(other -> other.tutoredBy(supporter) && other.overlaps(start, end));
            if (busy) {
                throw Overlaps.busyOn("supporters", date);
            }
        }
        TutoringSession session = new TutoringSession(seriesId, plan.organisationId(), plan.title().strip(), plan.place(),
                start, end, plan.capacity(), plan.lateAfterMinutes());
        plan.learnerIds().forEach(session::enrol);
        plan.supporterIds().forEach(session::assign);
        return session;
    }
}
