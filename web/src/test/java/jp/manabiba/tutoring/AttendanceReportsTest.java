package jp.manabiba.tutoring;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import jp.manabiba.schools.FiscalYear;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import jp.manabiba.i18n.ProgrammeZone;

/** What teachers and coordinators learn from attendance once sessions have ended. */
@ManabibaTest
class AttendanceReportsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AttendanceReports reports;
    @Autowired
    SessionBoard board;

    @Test
    void a_child_absent_three_times_in_a_row_is_named_to_the_coordinator_and_counted_for_the_teacher() {
        TutoringFixture f = new TutoringFixture(context, "reports");
        for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
            long session = f.session(Duration.ofDays(-daysAgo), Duration.ofMinutes(60), List.of(f.people.learnerOfA),
                    List.of(f.people.supporterA));
            f.acting.as(f.people.tutorA, () -> board.end(session));
        }

        assertThat(f.acting.as(f.people.coordinatorA, reports::missedLastThree)).contains("青木 みらい");
        assertThat(f.acting.as(f.people.coordinatorB, reports::missedLastThree)).doesNotContain("青木 みらい");
        assertThat(f.acting.as(f.people.teacher, reports::myPupils))
                .filteredOn(p -> p.name().equals("青木 みらい"))
                .singleElement().satisfies(p -> {
                    assertThat(p.attended()).isZero();
                    assertThat(p.held()).isEqualTo(heldThisSchoolYear());
                });
    }

    /** Near April 1 some of the three days fall in the previous school year, which the teacher's totals leave out. */
    private static int heldThisSchoolYear() {
        LocalDate today = LocalDate.now(ProgrammeZone.TOKYO);
        return (int) IntStream.rangeClosed(1, 3)
                .filter(daysAgo -> FiscalYear.of(today.minusDays(daysAgo)).equals(FiscalYear.of(today)))
                .count();
    }
}
