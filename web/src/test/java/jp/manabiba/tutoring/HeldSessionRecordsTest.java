package jp.manabiba.tutoring;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import jp.manabiba.base.MonthRange;
import jp.manabiba.base.MonthlyCount;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.people.LearnerDetails;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.schools.Grade;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static jp.manabiba.testing.Refusals.refusedQuietly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A coordinator records a session held on paper: it leaves the rows a live session leaves, so the figures count
 * it; a session not over yet, or one that breaks a rule, is refused at its field with nothing saved; only a
 * coordinator of the session's organisation may record one.
 */
@ManabibaTest
class HeldSessionRecordsTest {

    private static final Place ONLINE = new Place(null, "https://meet.example.jp/paper");
    private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

    @Autowired
    ApplicationContext context;
    @Autowired
    HeldSessionRecords records;
    @Autowired
    SessionFigures figures;
    @Autowired
    AttendanceRepository attendance;
    @Autowired
    TutoringSessionRepository sessions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_recorded_session_counts_like_a_live_one_with_minutes_for_who_came_and_absent_for_who_did_not() {
        TutoringFixture f = new TutoringFixture(context, "held-counts");
        long absentChild = secondChildOfA(f);
        LocalDate day = lastMonth().atDay(10);

        long id = f.acting.as(f.people.coordinatorA, () -> records.record(new PastSession(f.people.organisationA,
                " 紙の出席簿から ", ONLINE, day, FIVE_PM, 90, List.of(f.people.supporterA),
                Set.of(f.people.learnerOfA), Set.of(absentChild))));

        TutoringSession session = context.getBean(TransactionTemplate.class).execute(status -> {
            TutoringSession found = sessions.findById(id).orElseThrow();
            return found;
        });
        assertThat(session).isNotNull();
        assertThat(session.title()).isEqualTo("紙の出席簿から");
        assertThat(session.startsAt()).isEqualTo(day.atTime(FIVE_PM).atZone(ProgrammeZone.TOKYO).toInstant());
        assertThat(session.endedAt()).isEqualTo(session.endsAt()).isEqualTo(session.startsAt().plus(Duration.ofMinutes(90)));
        assertThat(jdbc.queryForList("SELECT learner_id FROM session_learner WHERE session_id = ?", Long.class, id))
                .containsExactlyInAnyOrder(f.people.learnerOfA, absentChild);
        assertThat(jdbc.queryForList("SELECT supporter_id FROM session_supporter WHERE session_id = ?", Long.class, id))
                .containsExactly(f.people.supporterA);
        Attendance came = attendance.findBySessionIdAndLearnerId(id, f.people.learnerOfA).orElseThrow();
        assertThat(came.state()).isEqualTo(AttendanceState.CHECKED_OUT);
        assertThat(came.minutes()).isEqualTo(90);
        assertThat(came.firstJoinedAt()).isEqualTo(session.startsAt());
        Attendance away = attendance.findBySessionIdAndLearnerId(id, absentChild).orElseThrow();
        assertThat(away.state()).isEqualTo(AttendanceState.ABSENT);
        assertThat(away.minutes()).isZero();

        MonthRange month = new MonthRange(lastMonth(), lastMonth());
        List<Long> orgA = List.of(f.people.organisationA);
        assertThat(total(f, () -> figures.held(orgA, month))).isEqualTo(new MonthlyCount(null, null, 1, 0));
        assertThat(total(f, () -> figures.childrenAttending(orgA, month)).count()).isEqualTo(1);
        assertThat(total(f, () -> figures.attendance(orgA, month))).isEqualTo(new MonthlyCount(null, null, 1, 2));
        assertThat(total(f, () -> figures.minutesPerChild(orgA, month))).isEqualTo(new MonthlyCount(null, null, 90, 1));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'CREATE' AND record_type = 'session'"
                + " AND record_id = ? AND screen = 'held-session'", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void a_session_not_over_or_breaking_a_rule_is_refused_at_its_field_and_nothing_is_saved() {
        TutoringFixture f = new TutoringFixture(context, "held-rules");
        long child = f.people.learnerOfA;
        long tutor = f.people.supporterA;
        LocalDate today = LocalDate.now(ProgrammeZone.TOKYO);
        LocalDate day = lastMonth().atDay(12);

        refused(f, new PastSession(f.people.organisationA, "明日", ONLINE, today.plusDays(1), FIVE_PM, 60,
                List.of(tutor), Set.of(child), Set.of()), "heldOn", "held-session.error.not-over");
        LocalTime startedJustNow = LocalTime.now(ProgrammeZone.TOKYO).minusMinutes(5);
        if (startedJustNow.isBefore(LocalTime.of(23, 0)) && startedJustNow.isAfter(LocalTime.of(0, 10))) {
            refused(f, new PastSession(f.people.organisationA, "まだ続いている", ONLINE, today, startedJustNow, 60,
                    List.of(tutor), Set.of(child), Set.of()), "heldOn", "held-session.error.not-over");
        }
        refused(f, new PastSession(f.people.organisationA, "日なし", ONLINE, null, FIVE_PM, 60,
                List.of(tutor), Set.of(child), Set.of()), "heldOn", "validation.required");
        refused(f, new PastSession(f.people.organisationA, "時間なし", ONLINE, day, null, 60,
                List.of(tutor), Set.of(child), Set.of()), "startTime", "validation.required");
        refused(f, new PastSession(f.people.organisationA, "長すぎる", ONLINE, day, FIVE_PM, 721,
                List.of(tutor), Set.of(child), Set.of()), "minutes", "held-session.error.minutes", 1, 720);
        refused(f, new PastSession(f.people.organisationA, "零分", ONLINE, day, FIVE_PM, 0,
                List.of(tutor), Set.of(child), Set.of()), "minutes", "held-session.error.minutes", 1, 720);
        refused(f, new PastSession(f.people.organisationA, "場所なし", null, day, FIVE_PM, 60,
                List.of(tutor), Set.of(child), Set.of()), "place", "validation.required");
        refused(f, new PastSession(f.people.organisationA, " ", ONLINE, day, FIVE_PM, 60,
                List.of(tutor), Set.of(child), Set.of()), "title", "validation.required");
        refused(f, new PastSession(f.people.organisationA, "担い手なし", ONLINE, day, FIVE_PM, 60,
                List.of(), Set.of(child), Set.of()), "supporters", "validation.required");
        refused(f, new PastSession(f.people.organisationA, "子どもなし", ONLINE, day, FIVE_PM, 60,
                List.of(tutor), Set.of(), Set.of()), "attended", "validation.required");
        refused(f, new PastSession(f.people.organisationA, "両方", ONLINE, day, FIVE_PM, 60,
                List.of(tutor), Set.of(child), Set.of(child)), "absent", "held-session.error.both");
        assertThat(sessionsOfA(f)).as("nothing saved half-way").isZero();

        f.acting.as(f.people.coordinatorA, () -> records.record(new PastSession(f.people.organisationA, "先に記録",
                ONLINE, day, FIVE_PM, 60, List.of(tutor), Set.of(child), Set.of())));
        refused(f, new PastSession(f.people.organisationA, "重なる", ONLINE, day, FIVE_PM.plusMinutes(30), 60,
                List.of(tutor), Set.of(child), Set.of()), "supporters", "session.error.overlap",
                day.toString().replace('-', '/'));
        assertThat(sessionsOfA(f)).isEqualTo(1);
    }

    @Test
    void a_tutor_a_learner_an_administrator_and_another_organisations_coordinator_are_refused() {
        TutoringFixture f = new TutoringFixture(context, "held-access");
        PastSession held = new PastSession(f.people.organisationA, "記録", ONLINE, lastMonth().atDay(14), FIVE_PM, 60,
                List.of(f.people.supporterA), Set.of(f.people.learnerOfA), Set.of());

        for (TestPrincipal stranger : List.of(f.people.tutorA, f.people.learnerA, f.people.coordinatorB, f.people.admin,
                f.people.teacher)) {
            assertThatThrownBy(() -> f.acting.as(stranger, () -> records.record(held))).as(stranger.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
        PastSession withAnotherOrganisationsChild = new PastSession(f.people.organisationA, "記録", ONLINE,
                lastMonth().atDay(14), FIVE_PM, 60, List.of(f.people.supporterA), Set.of(f.people.learnerOfA),
                Set.of(f.people.learnerOfB));
        assertThatThrownBy(() -> f.acting.as(f.people.coordinatorA, () -> records.record(withAnotherOrganisationsChild)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sessionsOfA(f)).isZero();
    }

    private void refused(TutoringFixture f, PastSession held, String field, String key, Object... args) {
        refusedQuietly(() -> f.acting.as(f.people.coordinatorA, () -> records.record(held)), field, key, args);
    }

    private long sessionsOfA(TutoringFixture f) {
        return sessions.ofOrganisations(List.of(f.people.organisationA), LocalDate.now().minusYears(1)
                .atStartOfDay(ProgrammeZone.TOKYO).toInstant(), LocalDate.now().plusYears(1)
                .atStartOfDay(ProgrammeZone.TOKYO).toInstant()).size();
    }

    private MonthlyCount total(TutoringFixture f, java.util.function.Supplier<List<MonthlyCount>> query) {
        return f.acting.as(f.people.coordinatorA, query).stream()
                .filter(c -> c.organisation() == null && c.month() == null).findFirst().orElseThrow();
    }

    private long secondChildOfA(TutoringFixture f) {
        return context.getBean(SystemAccess.class).asAdministrator(() -> context.getBean(LearnerRecords.class).add(
                f.people.householdA, new LearnerDetails("青木", "なつ", "あおき", "なつ", f.people.school, Grade.P2,
                        "1組", FuriganaPreference.ALL)));
    }

    private static YearMonth lastMonth() {
        return YearMonth.now(ProgrammeZone.TOKYO).minusMonths(1);
    }
}
