package jp.manabiba.learning;

import java.util.List;
import java.util.Locale;

import jp.manabiba.audit.AuditAction;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.testing.ManabibaTest;
import jp.manabiba.tutoring.SeriesOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The adults' learning services per role: what each may choose, take back, count and read, and strangers refused. */
@ManabibaTest
class AdultsLearningAccessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AssignChoices choices;

    @Autowired
    UnitAssignments assignments;

    @Autowired
    UnitHolders holders;

    @Autowired
    GrowthFigures growth;

    @Autowired
    ChildReflections reflections;

    @Test
    void each_role_is_offered_exactly_the_children_and_series_it_may_give_units_to() {
        LearningFixture f = new LearningFixture(context, "adults-choices");
        assertThat(f.as(f.people.tutorA, () -> choices.learners())).extracting(LearnerChoice::id).containsExactly(f.people.learnerOfA);
        assertThat(f.as(f.people.tutorA, () -> choices.series())).extracting(SeriesOption::id).containsExactly(f.seriesOfA);
        assertThat(f.as(f.people.teacher, () -> choices.learners())).as("the consented pupil, with class")
                .extracting(LearnerChoice::id, LearnerChoice::homeClass).containsExactly(org.assertj.core.groups.Tuple.tuple(f.people.learnerOfA, "1組"));
        assertThat(f.as(f.people.teacher, () -> choices.series())).as("a teacher runs no series").isEmpty();
        assertThat(f.as(f.people.coordinatorB, () -> choices.learners())).extracting(LearnerChoice::id)
                .contains(f.people.learnerOfB).doesNotContain(f.people.learnerOfA);
        assertThat(f.as(f.people.coordinatorB, () -> choices.series())).extracting(SeriesOption::id).doesNotContain(f.seriesOfA);
    }

    @Test
    void another_organisations_coordinator_can_neither_see_nor_take_back_a_unit_and_the_try_is_audited() {
        LearningFixture f = new LearningFixture(context, "adults-holders");
        f.as(f.people.tutorA, () -> assignments.assignToSeries(LearningFixture.FOOD, f.seriesOfA));
        List<UnitHolder> seen = f.as(f.people.coordinatorA, () -> holders.of(LearningFixture.FOOD));
        assertThat(seen).extracting(UnitHolder::seriesId).contains(f.seriesOfA);
        long assignment = seen.stream().filter(UnitHolder::series).findFirst().orElseThrow().assignmentId();

        assertThat(f.as(f.people.coordinatorB, () -> holders.of(LearningFixture.FOOD))).extracting(UnitHolder::assignmentId)
                .doesNotContain(assignment);
        assertThatThrownBy(() -> f.as(f.people.coordinatorB, () -> holders.unassign(assignment)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.audited(f.people.coordinatorB, "series")).anySatisfy(entry -> assertThat(entry.action()).isEqualTo(AuditAction.REFUSED));
        assertThatThrownBy(() -> f.as(f.people.coordinatorB, () -> holders.unassign(Long.MAX_VALUE)))
                .as("an id that does not exist: the same refusal").isInstanceOf(AccessDeniedException.class);

        f.as(f.people.coordinatorA, () -> holders.unassign(assignment));
        assertThat(f.audited(f.people.coordinatorA, "unit-assignment")).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.REMOVE);
            assertThat(entry.recordId()).isEqualTo(assignment);
        });
    }

    @Test
    void growth_of_a_series_is_refused_to_a_teacher_and_to_a_stranger_and_reflections_to_a_teacher_without_consent() {
        LearningFixture f = new LearningFixture(context, "adults-growth");
        FiscalYear year = FiscalYear.of(java.time.LocalDate.now(jp.manabiba.i18n.ProgrammeZone.TOKYO));
        assertThatThrownBy(() -> f.as(f.people.teacher, () -> growth.growthOfSeries(LearningFixture.FOOD, f.seriesOfA, year)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as(f.people.coordinatorB, () -> growth.growthOfSeries(LearningFixture.FOOD, f.seriesOfA, year)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.as(f.people.teacher, () -> reflections.readable(List.of(f.people.learnerOfA, f.people.learnerOfB))))
                .as("numbers with SHARE_WITH_SCHOOL, but no words without SHARE_LEARNING_RECORDS").isEmpty();
        assertThatThrownBy(() -> f.as(f.people.learnerA, () -> reflections.of(f.people.learnerOfA, LearningFixture.FOOD, Locale.JAPANESE)))
                .as("a child reads no one's reflections here, their own included").isInstanceOf(AccessDeniedException.class);
    }
}
