package jp.manabiba.tutoring;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the join window, attendance and series dates, at their edges. */
class SessionRulesTest {

    private static final Instant START = Instant.parse("2026-11-24T08:00:00Z"); // 17:00 in Tokyo
    private static final Instant END = START.plus(Duration.ofMinutes(90));

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
        late.close(START, END);
        Attendance early = new Attendance(1, 2);
        early.join(START.minus(Duration.ofMinutes(8)));
        early.close(START, END);
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
        attendance.close(START, END);
        assertThat(attendance.minutes()).isEqualTo(85);
    }

    @Test
    void a_child_who_never_came_is_absent_with_no_minutes() {
        Attendance attendance = new Attendance(1, 1);
        attendance.close(START, END);
        assertThat(attendance.state()).isEqualTo(AttendanceState.ABSENT);
        assertThat(attendance.minutes()).isZero();
    }

    @Test
    void a_session_past_midnight_counts_its_whole_length() {
        Instant start = Instant.parse("2026-11-24T14:30:00Z"); // 23:30 Tokyo
        Instant end = start.plus(Duration.ofMinutes(60));      // 00:30 the next day
        Attendance attendance = new Attendance(1, 1);
        attendance.join(start);
        attendance.close(start, end);
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
}
