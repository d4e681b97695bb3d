package jp.manabiba.tutoring;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.manabiba.people.PeopleFixture;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import org.springframework.context.ApplicationContext;
import jp.manabiba.i18n.ProgrammeZone;

/** Sessions for tests, placed relative to now (Asia/Tokyo): starting soon, later, or crossing midnight alike. */
final class TutoringFixture {

    final PeopleFixture people;
    final Acting acting;
    private final Scheduling scheduling;
    private final TutoringSessionRepository sessions;

    TutoringFixture(ApplicationContext context, String prefix) {
        this.people = new PeopleFixture(context, prefix);
        this.acting = new Acting(context);
        this.scheduling = context.getBean(Scheduling.class);
        this.sessions = context.getBean(TutoringSessionRepository.class);
    }

    /** A single online session of organisation A, starting {@code in} from now, with learner A and tutor A. */
    long sessionStartingIn(Duration in) {
        return session(in, Duration.ofMinutes(60), List.of(people.learnerOfA), List.of(people.supporterA));
    }

    long session(Duration in, Duration length, List<Long> learners, List<Long> supporters) {
        ZonedDateTime start = ZonedDateTime.now(ProgrammeZone.TOKYO).plus(in).withSecond(0).withNano(0);
        ZonedDateTime end = start.plus(length);
        acting.as(people.coordinatorA, () -> scheduling.createSeries(plan(start, end, learners, supporters)));
        return sessions.ofOrganisations(List.of(people.organisationA), start.toInstant().minusSeconds(1),
                start.toInstant().plusSeconds(1)).stream()
                .filter(session -> session.startsAt().equals(start.toInstant()))
                .mapToLong(TutoringSession::id).max().orElseThrow();
    }

    /** Ends the next day when the times say so: near midnight, "now" makes sessions that cross it. */
    SeriesPlan plan(ZonedDateTime start, ZonedDateTime end, List<Long> learners, List<Long> supporters) {
        return new SeriesPlan(people.organisationA, "テスト学習会", new Place(null, "https://meet.example.jp/test"),
                EnumSet.of(start.getDayOfWeek()), 1, start.toLocalDate(), start.toLocalDate(), start.toLocalTime(),
                end.toLocalTime(), 5, Set.of(), learners, supporters, end.toLocalDate().isAfter(start.toLocalDate()),
                SeriesPlan.DEFAULT_LATE_AFTER_MINUTES);
    }

    TestPrincipal learner() {
        return people.learnerA;
    }
}
