package jp.manabiba.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.manabiba.people.Participants;
import jp.manabiba.tutoring.Place;
import jp.manabiba.tutoring.Scheduling;
import jp.manabiba.tutoring.SeriesPlan;
import org.springframework.stereotype.Component;

/**
 * The demo's tutoring: a weekly learning room at a site; the online drop-in room that is open at any hour is
 * {@link DemoDropIn}'s.
 */
@Component
class DemoSessions {

    private final Scheduling scheduling;
    private final Participants participants;
    private final Clock clock;

    DemoSessions(Scheduling scheduling, Participants participants, Clock clock) {
        this.scheduling = scheduling;
        this.participants = participants;
        this.clock = clock;
    }

    void plan(long organisation, List<Long> learners, long tutor) {
        LocalDate today = LocalDate.now(clock);
        long site = participants.sitesOf(List.of(organisation)).stream()
                .filter(s -> s.name().startsWith("まなびルーム")).findFirst().orElseThrow().id();
        scheduling.createSeries(new SeriesPlan(organisation, "まなびルーム 学習会", new Place(site, null),
                EnumSet.of(DayOfWeek.TUESDAY), 1, today.minusWeeks(3), today.plusMonths(3), LocalTime.of(17, 0),
                LocalTime.of(18, 30), 12, Set.of(), learners, List.of(tutor)));
    }
}
