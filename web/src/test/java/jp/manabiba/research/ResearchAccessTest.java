package jp.manabiba.research;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jp.manabiba.assignments.AssignmentResults;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.learning.LearningByChild;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.people.ResearchSubjects;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import jp.manabiba.tutoring.AttendanceByMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may export research data and review its fields, through the services: a coordinator their own organisation,
 * an administrator any; a teacher, tutor, child or another organisation's coordinator never, nor the per-child
 * queries the export is made of.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResearchAccessTest {

    static final String KEY = "アクセス試験の鍵-access-2026";

    @Autowired
    ApplicationContext context;
    @Autowired
    ResearchExports exports;
    @Autowired
    ResearchFieldReviews reviews;
    @Autowired
    ResearchSubjects subjects;
    @Autowired
    AttendanceByMonth attendance;
    @Autowired
    AssignmentResults results;
    @Autowired
    LearningByChild learning;

    PeopleFixture f;
    Acting acting;
    final FiscalYear year = FiscalYear.of(LocalDate.now(ProgrammeZone.TOKYO));

    @BeforeAll
    void fixture() {
        f = new PeopleFixture(context, "research-access");
        acting = new Acting(context);
    }

    @Test
    void a_coordinator_exports_their_own_organisation_and_an_administrator_any() {
        assertThat(acting.as(f.coordinatorA, () -> export(f.organisationA)).bytes()).isNotEmpty();
        assertThat(acting.as(f.admin, () -> export(f.organisationB)).bytes()).isNotEmpty();
        assertThat(acting.as(f.coordinatorA, exports::organisations)).extracting(o -> o.id())
                .contains(f.organisationA).doesNotContain(f.organisationB);
    }

    @Test
    void a_teacher_a_tutor_and_a_child_are_refused_everything() {
        for (TestPrincipal stranger : new TestPrincipal[] {f.teacher, f.tutorA, f.learnerA}) {
            assertRefused(stranger, () -> export(f.organisationA));
            assertRefused(stranger, () -> exports.history(f.organisationA));
            assertRefused(stranger, exports::organisations);
            assertRefused(stranger, () -> reviews.list(f.organisationA));
            assertRefused(stranger, () -> {
                reviews.mark(f.organisationA, ResearchField.REFLECTIONS, true);
                return null;
            });
        }
    }

    @Test
    void another_organisations_coordinator_is_refused_the_export_its_reviews_and_its_datasets() {
        List<Long> children = List.of(f.learnerOfA);
        assertRefused(f.coordinatorB, () -> export(f.organisationA));
        assertRefused(f.coordinatorB, () -> exports.history(f.organisationA));
        assertRefused(f.coordinatorB, () -> reviews.list(f.organisationA));
        assertRefused(f.coordinatorB, () -> {
            reviews.mark(f.organisationA, ResearchField.HOME_CLASS, true);
            return null;
        });
        assertRefused(f.coordinatorB, () -> subjects.consenting(f.organisationA, year));
        assertRefused(f.coordinatorB, () -> attendance.of(f.organisationA, children, year));
        assertRefused(f.coordinatorB, () -> results.byLearner(f.organisationA, children, year.firstDay(), year.lastDay()));
        assertRefused(f.coordinatorB, () -> learning.ratings(f.organisationA, children, year));
        assertRefused(f.coordinatorB, () -> learning.units(f.organisationA, children, year));
        assertRefused(f.coordinatorB, () -> learning.reflections(f.organisationA, children, year));
        assertRefused(f.coordinatorB, () -> export(999_999_999L));
        assertThat(acting.as(f.coordinatorA, () -> reviews.list(f.organisationA))).noneMatch(FieldReviewRow::reviewed);
    }

    @Test
    void a_coordinator_asking_their_own_datasets_for_another_organisations_child_gets_nothing_of_them() {
        List<Long> foreign = List.of(f.learnerOfB);
        assertThat(acting.as(f.coordinatorA, () -> learning.units(f.organisationA, foreign, year))).isEmpty();
        assertThat(acting.as(f.coordinatorA, () -> learning.reflections(f.organisationA, foreign, year))).isEmpty();
        assertThat(acting.as(f.coordinatorA, () -> learning.ratings(f.organisationA, foreign, year))).isEmpty();
    }

    private ExportFile export(long organisation) {
        return exports.export(organisation, year, KEY, ExportFormat.XLSX, Locale.JAPANESE);
    }

    private void assertRefused(TestPrincipal user, Supplier<?> call) {
        assertThatThrownBy(() -> acting.as(user, call))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }
}
