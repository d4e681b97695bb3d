package jp.manabiba.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import jp.manabiba.demo.DemoActors.Actor;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.outcomes.Periods;
import jp.manabiba.people.Participants;
import jp.manabiba.security.Role;
import jp.manabiba.tutoring.Scheduling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo programme's past, from the programme's first month (April of {@code manabiba.outcomes.first-year}) to
 * last month, so that a new user's dashboard shows two fiscal years of trend in tutoring and learning too: the
 * sessions every site held ({@link DemoPastSessions}), and the demo children's review sheets and ESD units
 * ({@link DemoPastWork}). Made once, with a fixed seed: the sessions not when the coordinator's organisations have
 * one in the programme's first month already, the review sheets not when the coordinator set any work, a unit not
 * when the child finished it.
 */
@Component
@ConditionalOnBooleanProperty("manabiba.demo.enabled")
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final DemoActors actors;
    private final DemoPastSessions sessions;
    private final DemoPastWork work;
    private final Scheduling scheduling;
    private final Periods periods;
    private final Participants participants;
    private final Clock clock;

    DemoHistory(DemoActors actors, DemoPastSessions sessions, DemoPastWork work, Scheduling scheduling,
                Periods periods, Participants participants, Clock clock) {
        this.participants = participants;
        this.actors = actors;
        this.sessions = sessions;
        this.work = work;
        this.scheduling = scheduling;
        this.periods = periods;
        this.clock = clock;
    }

    void seedOnce() {
        Optional<Actor> coordinator = actors.find("coordinator", Role.COORDINATOR);
        Optional<Actor> coordinator2 = actors.find("coordinator2", Role.COORDINATOR);
        List<Optional<Actor>> children = List.of(actors.find("learner", Role.LEARNER),
                actors.find("learner2", Role.LEARNER), actors.find("learner3", Role.LEARNER));
        if (coordinator.isEmpty() || coordinator2.isEmpty() || children.stream().anyMatch(Optional::isEmpty)) {
            return;
        }
        YearMonth first = YearMonth.of(periods.firstYear(), Month.APRIL);
        YearMonth last = YearMonth.now(clock.withZone(ProgrammeZone.TOKYO)).minusMonths(1);
        if (last.isBefore(first)) {
            return;
        }
        long began = System.nanoTime();
        Random random = new Random(20240401);
        LocalDate lastDay = last.atEndOfMonth();
        // each part checked on its own, so a demo made before this change gets the parts it lacks
        int held = 0;
        if (actors.as(coordinator.get(), () -> scheduling.sessions(first.atDay(1), first.atEndOfMonth()).isEmpty())) {
            held = actors.as(coordinator.get(), () -> sessions.record(first.atDay(1), lastDay, random));
            held += actors.as(coordinator2.get(), () -> sessions.record(first.atDay(1), lastDay, random));
        }
        List<Actor> kids = children.stream().map(Optional::orElseThrow).toList();
        long firstChild = actors.learnerOf(kids.getFirst());
        long hub = actors.as(coordinator.get(), () -> participants.organisationOfLearner(firstChild).orElseThrow());
        work.sheets(coordinator.get(), hub, kids, first, last, random);
        work.units(coordinator.get(), kids, first, lastDay);
        log.info("Demo history from {} to {}: {} past sessions recorded, took {} ms", first, last, held,
                (System.nanoTime() - began) / 1_000_000);
    }
}
