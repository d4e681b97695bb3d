package jp.manabiba.tutoring;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import biweekly.Biweekly;
import biweekly.ICalendar;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.testing.BrowserlessClient;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import jp.manabiba.i18n.ProgrammeZone;

/** Scheduling, joining, the board and the calendar feed, through the services as each role would use them. */
@ManabibaTest
class TutoringServicesTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    @Autowired
    ApplicationContext context;
    @Autowired
    Scheduling scheduling;
    @Autowired
    LearnerSessions learnerSessions;
    @Autowired
    SessionBoard board;
    @Autowired
    CalendarFeeds feeds;
    @LocalServerPort
    int port;

    TutoringFixture f;

    /** Organisations, tutors and children of its own for every test: one tutor cannot be in two sessions at once. */
    @BeforeEach
    void fixture() {
        f = new TutoringFixture(context, "tutoring-" + FIXTURES.incrementAndGet());
    }

    @Test
    void a_child_joins_from_ten_minutes_before_and_the_tutors_board_shows_it() {
        long session = f.sessionStartingIn(Duration.ofMinutes(5));

        var link = f.acting.as(f.learner(), () -> learnerSessions.join(session));

        assertThat(link).contains("https://meet.example.jp/test");
        BoardState state = f.acting.as(f.people.tutorA, () -> board.board(session));
        assertThat(state.children()).singleElement().satisfies(child ->
                assertThat(child.state()).isEqualTo(AttendanceState.JOINED));
    }

    @Test
    void a_child_cannot_join_before_the_window_opens() {
        long session = f.sessionStartingIn(Duration.ofMinutes(40));

        assertThatThrownBy(() -> f.acting.as(f.learner(), () -> learnerSessions.join(session)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("join.error.not-open");
    }

    @Test
    void a_raised_hand_reaches_the_board_in_order_and_the_answer_reaches_the_child() {
        long session = f.sessionStartingIn(Duration.ofMinutes(2).plusSeconds(30));
        f.acting.as(f.learner(), () -> learnerSessions.join(session));
        f.acting.as(f.learner(), () -> learnerSessions.raiseHand(session));
        f.acting.as(f.learner(), () -> learnerSessions.raiseHand(session)); // still one hand

        BoardState state = f.acting.as(f.people.tutorA, () -> board.board(session));
        assertThat(state.hands()).hasSize(1);
        f.acting.as(f.people.tutorA, () -> board.answer(session, state.hands().getFirst().id()));

        assertThat(f.acting.as(f.people.tutorA, () -> board.board(session)).hands()).isEmpty();
    }

    @Test
    void strangers_and_wrong_roles_are_refused() {
        long session = f.sessionStartingIn(Duration.ofMinutes(3));
        assertThatThrownBy(() -> f.acting.as(f.people.coordinatorB, () -> board.board(session)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.acting.as(f.learner(), () -> board.board(session)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.acting.as(f.people.tutorA, () -> learnerSessions.join(session)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.acting.as(f.people.coordinatorB, () -> {
            scheduling.cancel(session, "x");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        long notMine = f.session(Duration.ofMinutes(4), Duration.ofMinutes(30), List.of(), List.of());
        assertThatThrownBy(() -> f.acting.as(f.learner(), () -> learnerSessions.join(notMine)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.acting.as(f.people.tutorA, () -> board.board(notMine)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_plan_that_cannot_be_kept_is_refused_whole() {
        ZonedDateTime start = ZonedDateTime.now(ProgrammeZone.TOKYO).plusDays(3).withHour(17).withMinute(0).withSecond(0).withNano(0);
        f.acting.as(f.people.coordinatorA, () -> scheduling.createSeries(
                f.plan(start, start.plusMinutes(90), List.of(), List.of(f.people.supporterA))));

        assertRefused(f.plan(start.plusMinutes(30), start.plusMinutes(120), List.of(), List.of(f.people.supporterA)),
                "session.error.overlap");
        SeriesPlan p = f.plan(start, start.plusMinutes(60), List.of(f.people.learnerOfA), List.of());
        assertRefused(new SeriesPlan(p.organisationId(), p.title(), p.place(), p.weekdays(), 1, p.startsOn(),
                p.startsOn().minusDays(1), p.startTime(), p.endTime(), 5, p.skipped(), p.learnerIds(), p.supporterIds()),
                "session.error.end-before-start");
        assertRefused(new SeriesPlan(p.organisationId(), p.title(), p.place(), p.weekdays(), 1, p.startsOn(),
                p.endsOn(), p.startTime(), p.endTime(), 0, p.skipped(), p.learnerIds(), p.supporterIds()),
                "session.error.capacity-range");
        assertThatThrownBy(() -> new Place(null, "ftp://files.example.jp")).hasMessageContaining("session.error.link");
    }

    @Test
    void a_tutor_plans_sessions_only_with_the_children_they_are_matched_with() {
        ZonedDateTime start = ZonedDateTime.now(ProgrammeZone.TOKYO).plusDays(5).withHour(16).withMinute(0).withSecond(0).withNano(0);

        int made = f.acting.as(f.people.tutorA, () -> scheduling.createSeries(
                f.plan(start, start.plusMinutes(60), List.of(f.people.learnerOfA), List.of(f.people.supporterA))));

        assertThat(made).isEqualTo(1);
        ZonedDateTime later = start.plusHours(2);
        assertThatThrownBy(() -> f.acting.as(f.people.tutorA, () -> scheduling.createSeries(
                f.plan(later, later.plusMinutes(60), List.of(f.people.learnerOfB), List.of(f.people.supporterA)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.acting.as(f.people.tutorA, () -> scheduling.createSeries(
                f.plan(later, later.plusMinutes(60), List.of(f.people.learnerOfA), List.of()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.acting.as(f.learner(), () -> scheduling.createSeries(
                f.plan(later, later.plusMinutes(60), List.of(f.people.learnerOfA), List.of(f.people.supporterA)))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_coordinator_adds_a_tutor_to_one_date_unless_the_tutor_is_busy_then() {
        long busy = f.sessionStartingIn(Duration.ofHours(6));
        long other = f.session(Duration.ofHours(6).plusMinutes(30), Duration.ofMinutes(60), List.of(), List.of());
        long free = f.session(Duration.ofHours(9), Duration.ofMinutes(60), List.of(), List.of());

        assertThatThrownBy(() -> f.acting.as(f.people.coordinatorA, () -> {
            scheduling.assign(other, f.people.supporterA);
            return null;
        })).isInstanceOf(InvalidInput.class).hasMessageContaining("session.error.overlap");
        f.acting.as(f.people.coordinatorA, () -> scheduling.assign(free, f.people.supporterA));
        f.acting.as(f.people.coordinatorA, () -> scheduling.enrol(free, f.people.learnerOfA));

        assertThat(f.acting.as(f.people.tutorA, () -> board.board(free)).children()).hasSize(1);
        assertThatThrownBy(() -> f.acting.as(f.people.coordinatorB, () -> {
            scheduling.assign(free, f.people.supporterA);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(busy).isNotEqualTo(free);
    }

    @Test
    void two_tutors_correcting_at_once_lose_nothing_and_the_second_is_told() {
        long session = f.sessionStartingIn(Duration.ofMinutes(1));
        BoardState seen = f.acting.as(f.people.tutorA, () -> board.board(session));
        long version = seen.children().getFirst().version();

        f.acting.as(f.people.tutorA, () -> board.correct(session, f.people.learnerOfA, version, AttendanceState.JOINED, "来ていた"));

        assertThatThrownBy(() -> f.acting.as(f.people.coordinatorA, () -> {
            board.correct(session, f.people.learnerOfA, version, AttendanceState.ABSENT, "来ていない");
            return null;
        })).isInstanceOf(InvalidInput.class).hasMessageContaining("attendance.error.changed-meanwhile");
        assertThat(f.acting.as(f.people.tutorA, () -> board.board(session)).children().getFirst().state())
                .isEqualTo(AttendanceState.JOINED);
    }

    @Test
    void ending_a_session_makes_attendance_final() {
        long session = f.sessionStartingIn(Duration.ofMinutes(-30));
        f.acting.as(f.people.tutorA, () -> board.end(session));

        BoardState state = f.acting.as(f.people.tutorA, () -> board.board(session));
        assertThat(state.ended()).isTrue();
        assertThat(state.children().getFirst().state()).isEqualTo(AttendanceState.ABSENT);
        assertThat(state.children().getFirst().minutes()).isZero();
    }

    @Test
    void the_calendar_feed_lists_the_users_sessions_until_it_is_revoked() throws Exception {
        f.sessionStartingIn(Duration.ofHours(30));
        String token = f.acting.as(f.people.tutorA, () -> feeds.renew());
        BrowserlessClient calendarApp = new BrowserlessClient(port);

        HttpResponse<String> feed = calendarApp.get("/calendar/" + token + ".ics");

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        ICalendar calendar = Biweekly.parse(feed.body()).first();
        assertThat(calendar.getEvents()).isNotEmpty()
                .allSatisfy(event -> assertThat(event.getSummary().getValue()).isEqualTo("テスト学習会"));
        f.acting.as(f.people.tutorA, () -> feeds.revoke());
        assertThat(calendarApp.get("/calendar/" + token + ".ics").statusCode()).isEqualTo(404);
        assertThat(calendarApp.get("/calendar/not-a-token.ics").statusCode()).isEqualTo(404);
    }

    private void assertRefused(SeriesPlan plan, String key) {
        assertThatThrownBy(() -> f.acting.as(f.people.coordinatorA, () -> scheduling.createSeries(plan)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining(key);
    }
}
