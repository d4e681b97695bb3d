package jp.manabiba.tutoring;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions nobody ended close themselves at their end time, once, however often and wherever the job runs. */
@ManabibaTest
class SessionClosingTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SessionClosing closing;
    @Autowired
    TutoringSessionRepository sessions;
    @Autowired
    AttendanceRepository attendance;
    @Autowired
    SessionBoard board;
    @Autowired
    LearnerSessions learnerSessions;

    @Test
    void an_overdue_session_closes_itself_once_even_when_the_job_runs_twice_at_once() throws Exception {
        TutoringFixture f = new TutoringFixture(context, "closing-twice");
        long onTime = overdue(f, Duration.ofHours(-3), Duration.ofMinutes(5));
        long late = overdue(f, Duration.ofHours(-5), Duration.ofMinutes(15));
        long absent = overdue(f, Duration.ofHours(-7), null);

        runAtOnce(closing::closeEnded, closing::closeEnded);
        runAtOnce(closing::closeEndedOnOneNode, closing::closeEndedOnOneNode);
        closing.closeEnded();

        for (long id : List.of(onTime, late, absent)) {
            TutoringSession session = sessions.findById(id).orElseThrow();
            assertThat(session.endedAt()).isEqualTo(session.endsAt());
        }
        assertClosed(onTime, f, AttendanceState.CHECKED_OUT, 55);
        assertClosed(late, f, AttendanceState.LATE, 45);
        assertClosed(absent, f, AttendanceState.ABSENT, 0);
    }

    @Test
    void a_running_session_is_left_alone_and_the_board_shows_the_join_time_at_once() {
        TutoringFixture f = new TutoringFixture(context, "closing-running");
        long running = f.sessionStartingIn(Duration.ofMinutes(-10));
        f.acting.as(f.learner(), () -> learnerSessions.join(running));

        closing.closeEnded();

        assertThat(sessions.findById(running).orElseThrow().endedAt()).isNull();
        BoardState.Child child = f.acting.as(f.people.tutorA, () -> board.board(running)).children().getFirst();
        assertThat(child.state()).isEqualTo(AttendanceState.JOINED);
        assertThat(child.joinedAt()).isNotNull();
        assertThat(child.minutes()).isNull();
    }

    @Test
    void a_child_the_tutor_marked_late_stays_late_when_the_session_closes() {
        TutoringFixture f = new TutoringFixture(context, "closing-marked");
        long session = f.session(Duration.ofMinutes(-30), Duration.ofMinutes(60), List.of(f.people.learnerOfA),
                List.of(f.people.supporterA));
        f.acting.as(f.people.tutorA, () -> board.correct(session, f.people.learnerOfA, -1, AttendanceState.LATE, "でんしゃが おくれた"));

        f.acting.as(f.people.tutorA, () -> board.end(session));

        assertThat(attendance.findBySessionIdAndLearnerId(session, f.people.learnerOfA).orElseThrow().state())
                .isEqualTo(AttendanceState.LATE);
    }

    /** A session that ended an hour after {@code startedIn}; the child joined {@code joinedAfter} its start, or never. */
    private long overdue(TutoringFixture f, Duration startedIn, Duration joinedAfter) {
        long id = f.session(startedIn, Duration.ofMinutes(60), List.of(f.people.learnerOfA), List.of());
        if (joinedAfter != null) {
            Attendance joined = new Attendance(id, f.people.learnerOfA);
            joined.join(sessions.findById(id).orElseThrow().startsAt().plus(joinedAfter));
            attendance.saveAndFlush(joined);
        }
        return id;
    }

    private void assertClosed(long sessionId, TutoringFixture f, AttendanceState state, int minutes) {
        Attendance closed = attendance.findBySessionIdAndLearnerId(sessionId, f.people.learnerOfA).orElseThrow();
        assertThat(closed.state()).isEqualTo(state);
        assertThat(closed.minutes()).isEqualTo(minutes);
        assertThat(closed.version()).as("written by one close only").isEqualTo(1);
    }

    private static void runAtOnce(Runnable first, Runnable second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> await(start, first));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> await(start, second));
        start.countDown();
        CompletableFuture.allOf(a, b).get();
    }

    private static void await(CountDownLatch start, Runnable then) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        then.run();
    }
}
