package jp.manabiba.tutoring;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.manabiba.i18n.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The rules of the join window, attendance and series dates, at their edges. */
class SessionRulesTest {

    private static final Instant START = Instant.parse("2026-11-24T08:00:00Z"); // 17:00 in Tokyo
    private static final Instant END = START.plus(Duration.ofMinutes(90));
    private static final Duration LATE_AFTER = Duration.ofMinutes(10);

    private static TutoringSession session() {
        return new TutoringSession(null, 1, "学習会", new Place(1L, null), START, END, 10);
    }

    @Test
    void the_join_button_opens_ten_minutes_before_the_start_and_closes_at_the_end() {
        TutoringSession session = session();
        assertThat(session.joinOpenAt(START.minus(Duration.ofMinutes(10)).minusSeconds(1))).isFalse();
        assertThat(session.joinOpenAt(START.minus(Duration.ofMinutes(10)))).isTrue();
        assertThat(session.joinOpenAt(END.minusSeconds(1))).isTrue();
        assertThat(session.joinOpenAt(END)).isFalse();
    }

    @Test
    void a_cancelled_or_ended_session_cannot_be_joined() {
        TutoringSession cancelled = session();
        cancelled.cancel("がっこうの ぎょうじ");
        TutoringSession ended = session();
        ended.end(START.plus(Duration.ofMinutes(30)));
        assertThat(cancelled.joinOpenAt(START)).isFalse();
        assertThat(ended.joinOpenAt(START.plus(Duration.ofMinutes(40)))).isFalse();
    }

    @Test
    void a_late_join_counts_from_the_join_and_an_early_join_from_the_start() {
        Attendance late = new Attendance(1, 1);
        late.join(START.plus(Duration.ofMinutes(20)));
        late.close(START, END, LATE_AFTER);
        Attendance early = new Attendance(1, 2);
        early.join(START.minus(Duration.ofMinutes(8)));
        early.close(START, END, LATE_AFTER);
        assertThat(late.minutes()).isEqualTo(70);
        assertThat(early.minutes()).isEqualTo(90);
    }

    @Test
    void joining_twice_or_again_after_a_dropped_connection_keeps_the_first_join() {
        Attendance attendance = new Attendance(1, 1);
        attendance.join(START.plus(Duration.ofMinutes(5)));
        attendance.join(START.plus(Duration.ofMinutes(6)));
        attendance.checkOut(START.plus(Duration.ofMinutes(30)));
        attendance.join(START.plus(Duration.ofMinutes(35)));
        assertThat(attendance.firstJoinedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(attendance.state()).isEqualTo(AttendanceState.JOINED);
        attendance.close(START, END, LATE_AFTER);
        assertThat(attendance.minutes()).isEqualTo(85);
    }

    @Test
    void a_child_who_never_came_is_absent_with_no_minutes() {
        Attendance attendance = new Attendance(1, 1);
        attendance.close(START, END, LATE_AFTER);
        assertThat(attendance.state()).isEqualTo(AttendanceState.ABSENT);
        assertThat(attendance.minutes()).isZero();
    }

    @Test
    void a_session_past_midnight_counts_its_whole_length() {
        Instant start = Instant.parse("2026-11-24T14:30:00Z"); // 23:30 Tokyo
        Instant end = start.plus(Duration.ofMinutes(60));      // 00:30 the next day
        Attendance attendance = new Attendance(1, 1);
        attendance.join(start);
        attendance.close(start, end, LATE_AFTER);
        assertThat(attendance.minutes()).isEqualTo(60);
    }

    @Test
    void a_fortnightly_series_skips_every_other_week_and_the_given_holidays() {
        SeriesPlan plan = new SeriesPlan(1, "学習会", new Place(1L, null), EnumSet.of(DayOfWeek.TUESDAY), 2,
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31), LocalTime.of(17, 0), LocalTime.of(18, 30), 10,
                Set.of(LocalDate.of(2026, 12, 29)), List.of(), List.of());
        assertThat(SessionSeries.dates(plan)).containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15),
                LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 26));
    }

    @Test
    void a_place_is_a_site_or_a_web_link() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Place(null, "ftp://example.jp/x"))
                .hasMessageContaining("session.error.link");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Place(null, "javascript:alert(1)"))
                .hasMessageContaining("session.error.link");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Place(1L, "https://meet.example.jp/x"))
                .hasMessageContaining("session.error.site-or-link");
        assertThat(new Place(null, " https://meet.example.jp/abc ").meetingUrl()).isEqualTo("https://meet.example.jp/abc");
    }

    @Test
    void a_child_who_first_joins_after_the_threshold_is_late_and_within_it_present() {
        Attendance onTime = new Attendance(1, 1);
        onTime.join(START.plus(LATE_AFTER));
        onTime.close(START, END, LATE_AFTER);
        Attendance late = new Attendance(1, 2);
        late.join(START.plus(LATE_AFTER).plusSeconds(1));
        late.checkOut(START.plus(Duration.ofMinutes(40)));
        late.join(START.plus(Duration.ofMinutes(45)));
        late.close(START, END, LATE_AFTER);
        assertThat(onTime.state()).isEqualTo(AttendanceState.CHECKED_OUT);
        assertThat(onTime.minutes()).isEqualTo(80);
        assertThat(late.state()).isEqualTo(AttendanceState.LATE);
        assertThat(late.minutes()).isEqualTo(79);
    }

    @Test
    void an_end_time_before_the_start_is_refused_unless_the_session_ends_the_next_day() {
        assertRefused(plan(LocalTime.of(18, 0), LocalTime.of(17, 0), false, 10, 10), "endTime",
                "session.error.end-time-before-start");
        assertThatCode(() -> PlanRules.check(plan(LocalTime.of(21, 0), LocalTime.of(1, 0), true, 10, 10)))
                .doesNotThrowAnyException();
        SeriesPlan overnight = plan(LocalTime.of(21, 0), LocalTime.of(1, 0), true, 10, 10);
        assertThat(Duration.between(PlanRules.start(overnight, overnight.startsOn()), PlanRules.end(overnight, overnight.startsOn())))
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void a_session_past_midnight_lasts_at_most_twelve_hours() {
        assertThatCode(() -> PlanRules.check(plan(LocalTime.of(18, 0), LocalTime.of(6, 0), true, 10, 10)))
                .doesNotThrowAnyException();
        assertRefused(plan(LocalTime.of(18, 0), LocalTime.of(6, 1), true, 10, 10), "endTime",
                "session.error.overnight-too-long");
        assertRefused(plan(LocalTime.of(18, 0), LocalTime.of(19, 0), true, 10, 10), "endTime",
                "session.error.overnight-too-long");
    }

    @Test
    void capacity_is_one_to_two_hundred_and_the_refusal_names_the_range() {
        assertThatCode(() -> PlanRules.check(plan(LocalTime.of(17, 0), LocalTime.of(18, 0), false, 200, 10)))
                .doesNotThrowAnyException();
        for (int capacity : new int[] {0, -1, 201, 100_000}) {
            InvalidInput refusal = assertRefused(plan(LocalTime.of(17, 0), LocalTime.of(18, 0), false, capacity, 10),
                    "capacity", "session.error.capacity-range");
            assertThat(refusal.arguments()).containsExactly(1, 200);
        }
    }

    @Test
    void the_lateness_threshold_is_zero_to_sixty_minutes() {
        assertThatCode(() -> PlanRules.check(plan(LocalTime.of(17, 0), LocalTime.of(18, 0), false, 10, 0)))
                .doesNotThrowAnyException();
        assertRefused(plan(LocalTime.of(17, 0), LocalTime.of(18, 0), false, 10, -1), "lateAfterMinutes", "session.error.late-range");
        assertRefused(plan(LocalTime.of(17, 0), LocalTime.of(18, 0), false, 10, 61), "lateAfterMinutes", "session.error.late-range");
    }

    private static SeriesPlan plan(LocalTime start, LocalTime end, boolean endsNextDay, int capacity, int lateAfter) {
        return new SeriesPlan(1, "学習会", new Place(1L, null), EnumSet.of(DayOfWeek.TUESDAY), 1, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 1), start, end, capacity, Set.of(), List.of(), List.of(), endsNextDay, lateAfter);
    }

    private static InvalidInput assertRefused(SeriesPlan plan, String field, String key) {
        try {
            PlanRules.check(plan);
        } catch (InvalidInput refusal) {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.messageKey()).isEqualTo(key);
            return refusal;
        }
        throw new AssertionError("not refused: " + plan);
    }
}
