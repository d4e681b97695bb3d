package jp.manabiba.assignments;

import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.tutoring.Place;
import jp.manabiba.tutoring.Scheduling;
import jp.manabiba.tutoring.SeriesPlan;
import org.springframework.context.ApplicationContext;

/**
 * A weekly series of organisation A (two dates) whose first session's join is open now: it starts in five minutes
 * and lasts an hour.
 */
final class LiveSessions {

    private static final java.util.concurrent.atomic.AtomicInteger TITLES = new java.util.concurrent.atomic.AtomicInteger();

    private LiveSessions() {
    }

    static long startingSoon(ApplicationContext context, AssignmentsFixture f, List<Long> learners, List<Long> supporters) {
        ZonedDateTime start = ZonedDateTime.now(ProgrammeZone.TOKYO).plusMinutes(5).withSecond(0).withNano(0);
        ZonedDateTime end = start.plusMinutes(60);
        String title = "いまの学習会 " + TITLES.incrementAndGet();
        SeriesPlan plan = new SeriesPlan(f.people.organisationA, title, new Place(null, "https://meet.example.jp/now"),
                EnumSet.of(start.getDayOfWeek()), 1, start.toLocalDate(), start.toLocalDate().plusDays(7), start.toLocalTime(),
                end.toLocalTime(), 10, Set.of(), learners, supporters, end.toLocalDate().isAfter(start.toLocalDate()),
                SeriesPlan.DEFAULT_LATE_AFTER_MINUTES);
        f.acting.as(f.people.coordinatorA, () -> context.getBean(Scheduling.class).createSeries(plan));
        return f.jdbc.sql("select id from tutoring_session where organisation_id = ? and title = ? order by starts_at limit 1")
                .param(f.people.organisationA).param(title).query(Long.class).single();
    }

    static long seriesOf(AssignmentsFixture f, long session) {
        return f.jdbc.sql("select series_id from tutoring_session where id = ?").param(session).query(Long.class).single();
    }
}
