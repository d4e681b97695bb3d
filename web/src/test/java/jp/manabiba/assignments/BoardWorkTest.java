package jp.manabiba.assignments;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The board's work column for a session's children, and the push that tells the board a child's work changed. */
@ManabibaTest
class BoardWorkTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    @Autowired
    ApplicationContext context;
    @Autowired
    SessionWork sessionWork;
    @Autowired
    WorkBroadcaster broadcaster;

    AssignmentsFixture f;

    @BeforeEach
    void fixture() {
        f = new AssignmentsFixture(context, "assign-board-" + FIXTURES.incrementAndGet());
    }

    @Test
    void the_column_follows_the_child_from_not_started_to_working_to_handed_in_and_the_board_is_told() throws Exception {
        long series = f.series();
        long session = f.jdbc.sql("select min(id) from tutoring_session where series_id = ?").param(series)
                .query(Long.class).single();
        assertThat(f.acting.as(f.people.tutorA, () -> sessionWork.ofSession(session)))
                .containsExactly(Map.entry(f.people.learnerOfA, WorkState.NONE));

        long assignment = f.published(f.people.tutorA, AssignmentsFixture.draft("きょうの しゅくだい",
                AssignmentsFixture.oneLongQuestion(), Set.of(), Set.of(series)));
        long submission = f.submissionOf(f.people.learnerA, assignment);
        assertThat(f.acting.as(f.people.tutorA, () -> sessionWork.ofSession(session)))
                .containsEntry(f.people.learnerOfA, WorkState.NOT_STARTED);

        BlockingQueue<WorkChanged> told = new ArrayBlockingQueue<>(10);
        Runnable unregister = broadcaster.register(f.people.learnerOfA, told::add);
        try {
            WorkView work = f.acting.as(f.people.learnerA, () -> f.answering.open(submission));
            long saved = f.acting.as(f.people.learnerA, () -> f.answering.save(submission,
                    work.questions().getFirst().questionId(), DraftAnswer.text("やってる"), work.version())).version();
            assertThat(told.poll(10, TimeUnit.SECONDS)).isEqualTo(
                    new WorkChanged(submission, f.people.learnerOfA, SubmissionState.IN_PROGRESS));
            assertThat(f.acting.as(f.people.coordinatorA, () -> sessionWork.ofSession(session)))
                    .containsEntry(f.people.learnerOfA, WorkState.WORKING);

            f.acting.as(f.people.learnerA, () -> f.answering.submit(submission, saved));
            assertThat(told.poll(10, TimeUnit.SECONDS)).extracting(WorkChanged::state).isEqualTo(SubmissionState.SUBMITTED);
            assertThat(f.acting.as(f.people.tutorA, () -> sessionWork.ofSession(session)))
                    .containsEntry(f.people.learnerOfA, WorkState.SUBMITTED);
        } finally {
            unregister.run();
        }
        assertThat(broadcaster.listenerCount(f.people.learnerOfA)).isZero();
        assertThatThrownBy(() -> f.acting.as(f.people.coordinatorB, () -> sessionWork.ofSession(session)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_mix_of_handed_in_and_new_work_is_working() {
        assertThat(SessionWork.summary(List.of(SubmissionState.SUBMITTED, SubmissionState.NEW))).isEqualTo(WorkState.WORKING);
        assertThat(SessionWork.summary(List.of(SubmissionState.DONE, SubmissionState.SUBMITTED))).isEqualTo(WorkState.SUBMITTED);
        assertThat(SessionWork.summary(List.of(SubmissionState.RETURNED))).isEqualTo(WorkState.WORKING);
    }
}
