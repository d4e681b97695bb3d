package jp.manabiba.tutoring;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.testing.Refusals;
import jp.manabiba.testing.ManabibaTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import jp.manabiba.i18n.ProgrammeZone;

/**
 * The tutoring services hold every text to its column and to the text rules (issue 8, points 12 and 13): a
 * correction reason, a meeting link, a title, a cancellation reason, a plan. Refused with the field's message, nothing
 * logged at ERROR, nothing stored.
 */
@ManabibaTest
class TutoringInputRulesTest {

    private static TutoringFixture f;
    private static long session;

    @Autowired
    ApplicationContext context;
    @Autowired
    Scheduling scheduling;
    @Autowired
    SessionBoard board;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void fixture() {
        if (f == null) {
            f = new TutoringFixture(context, "tutoring-input");
            session = f.sessionStartingIn(Duration.ofHours(30));
        }
    }

    @Test
    void a_correction_reason_longer_than_its_column_is_refused_and_nothing_is_corrected() {
        refused(() -> board.correct(session, f.people.learnerOfA, -1, AttendanceState.ABSENT, "理".repeat(201)),
                "reason", "validation.too-long", 200);
        assertThat(jdbc.queryForObject("select count(*) from attendance where session_id = ?", Integer.class, session))
                .isZero();
    }

    @Test
    void a_meeting_link_longer_than_its_column_is_refused() {
        String link = "https://meet.example.jp/" + "a".repeat(480);
        refused(() -> scheduling.createSeries(plan("長いリンク", new Place(null, link))), "meetingUrl",
                "validation.too-long", 500);
    }

    @Test
    void a_title_that_turns_the_text_around_is_refused() {
        refused(() -> scheduling.createSeries(plan("算数\u202Etxt.exe", new Place(null, "https://meet.example.jp/x"))),
                "title", "validation.characters");
    }

    @Test
    void a_cancellation_reason_with_control_characters_is_refused() {
        refused(() -> scheduling.cancel(session, "雨\u001B[2J"), "reason", "validation.characters");
    }

    @Test
    void a_plan_counts_characters_as_the_database_does_and_keeps_line_breaks() {
        f.acting.as(f.people.coordinatorA, () -> board.writePlan(session, f.people.learnerOfA, "x\n" + "🧮".repeat(498), null));
        refused(() -> board.writePlan(session, f.people.learnerOfA, "🧮".repeat(501), null), "plan", "validation.too-long", 500);
    }

    private SeriesPlan plan(String title, Place place) {
        ZonedDateTime start = ZonedDateTime.now(ProgrammeZone.TOKYO).plusDays(3).withHour(17).withMinute(0).withSecond(0).withNano(0);
        SeriesPlan base = f.plan(start, start.plusHours(1), List.of(), List.of());
        return new SeriesPlan(base.organisationId(), title, place, base.weekdays(), 1, base.startsOn(), base.endsOn(),
                base.startTime(), base.endTime(), base.capacity(), base.skipped(), List.of(), List.of(), false,
                base.lateAfterMinutes());
    }

    private void refused(ThrowingCallable call, String field, String key, Object... args) {
        Refusals.refusedQuietly(() -> f.acting.as(f.people.coordinatorA, Refusals.unchecked(call)), field, key, args);
    }
}
