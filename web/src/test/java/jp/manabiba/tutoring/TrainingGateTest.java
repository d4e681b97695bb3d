package jp.manabiba.tutoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.Matching;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.ManabibaTest;
import jp.manabiba.training.ReadySupporters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rule that protects children, refused in the services (not only hidden in screens): a supporter who is not
 * ready cannot be matched, added to a session or a series, or run a session's board; the refusal names what is
 * missing. A supporter already scheduled when their training lapses stays scheduled (nothing changes silently),
 * but their board is closed to them.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingGateTest {

    private static final String SAFEGUARDING = "子どもを守る：打ち明けられたときの対応";

    @Autowired
    ApplicationContext context;
    @Autowired
    Matching matching;
    @Autowired
    Scheduling scheduling;
    @Autowired
    SessionBoard board;
    @Autowired
    SupporterRecords supporters;
    @Autowired
    JdbcTemplate jdbc;

    TutoringFixture f;
    long untrained;
    TestPrincipal untrainedTutor;

    @BeforeAll
    void fixture() {
        f = new TutoringFixture(context, "gate");
        untrained = f.acting.as(f.people.coordinatorA, () -> supporters.create(f.people.organisationA,
                new SupporterDetails(SupporterCategory.UNIVERSITY_STUDENT, "未修", "太郎", null, null, null, null)));
        f.acting.as(f.people.admin, () -> supporters.createLocalAccount(untrained, "gate-untrained"));
        untrainedTutor = TestPrincipal.demo(context, "gate-untrained");
    }

    @Test
    void an_untrained_supporter_cannot_be_matched_and_is_told_what_is_missing() {
        assertThatThrownBy(() -> f.acting.as(f.people.coordinatorA,
                () -> matching.match(untrained, f.people.learnerOfA, LocalDate.now(), null)))
                .isInstanceOfSatisfying(InvalidInput.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("supporter");
                    assertThat(refusal.messageKey()).isEqualTo("training.gate.missing");
                    assertThat((String) refusal.arguments()[0]).startsWith(SAFEGUARDING);
                });
    }

    @Test
    void an_untrained_supporter_cannot_be_added_to_a_session_or_planned_into_a_series() {
        long session = f.sessionStartingIn(Duration.ofDays(3));
        assertThatThrownBy(() -> f.acting.as(f.people.coordinatorA, () -> scheduling.assign(session, untrained)))
                .isInstanceOfSatisfying(InvalidInput.class, r -> assertThat(r.field()).isEqualTo("supporter"));
        assertThatThrownBy(() -> f.session(Duration.ofDays(4), Duration.ofHours(1), List.of(f.people.learnerOfA),
                List.of(untrained)))
                .isInstanceOfSatisfying(InvalidInput.class, r -> assertThat(r.field()).isEqualTo("supporters"));
    }

    @Test
    void once_ready_the_same_supporter_can_be_matched() {
        long student = f.acting.as(f.people.coordinatorA, () -> supporters.create(f.people.organisationA,
                new SupporterDetails(SupporterCategory.UNIVERSITY_STUDENT, "既修", "次郎", null, null, null, null)));
        f.acting.as(f.people.coordinatorA, () -> ReadySupporters.makeReady(context, student));
        long match = f.acting.as(f.people.coordinatorA,
                () -> matching.match(student, f.people.learnerOfA, LocalDate.now(), null));
        assertThat(match).isPositive();
    }

    @Test
    void a_supporter_scheduled_before_their_training_lapsed_stays_scheduled_but_cannot_run_the_board() {
        long session = f.sessionStartingIn(Duration.ofMinutes(30));
        // as if they had been added while ready: the gate never removes anyone silently
        jdbc.update("INSERT INTO session_supporter (session_id, supporter_id) VALUES (?, ?)", session, untrained);
        assertThatThrownBy(() -> f.acting.as(untrainedTutor, () -> board.board(session)))
                .isInstanceOfSatisfying(InvalidInput.class, r -> assertThat(r.messageKey()).isEqualTo("training.gate.missing"));
        assertThat(f.acting.as(f.people.coordinatorA, () -> board.board(session)).title()).isNotBlank();
        assertThat(f.acting.as(f.people.tutorA, () -> board.board(session)).title()).isNotBlank();
    }
}
