package jp.manabiba.assignments;

import java.util.concurrent.atomic.AtomicInteger;

import jp.manabiba.people.NetworkDirectory;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the editor offers as recipients is what the service would accept from this author, per role. */
@ManabibaTest
class RecipientChoicesTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    @Autowired
    ApplicationContext context;

    AssignmentsFixture f;
    RecipientChoices choices;

    @BeforeEach
    void fixture() {
        f = new AssignmentsFixture(context, "recipient-choices-" + FIXTURES.incrementAndGet());
        choices = context.getBean(RecipientChoices.class);
    }

    @Test
    void a_tutor_is_offered_their_matched_children_and_the_series_they_tutor() {
        long series = f.series();

        RecipientOptions offered = f.acting.as(f.people.tutorA, () -> choices.mine());

        assertThat(offered.learners()).extracting(RecipientOptions.Learner::id).containsExactly(f.people.learnerOfA);
        assertThat(offered.learners().getFirst().grade()).isNotNull();
        assertThat(offered.series()).extracting(RecipientOptions.Series::id).containsExactly(series);
    }

    @Test
    void a_coordinator_is_offered_their_organisations_children_and_series_only() {
        long series = f.series();

        RecipientOptions offered = f.acting.as(f.people.coordinatorA, () -> choices.mine());

        assertThat(offered.learners()).extracting(RecipientOptions.Learner::id)
                .contains(f.people.learnerOfA, f.learnerOfA2).doesNotContain(f.people.learnerOfB);
        assertThat(offered.learners()).filteredOn(l -> l.id() == f.learnerOfA2)
                .extracting(RecipientOptions.Learner::homeClass).containsExactly("2組");
        assertThat(offered.series()).extracting(RecipientOptions.Series::id).contains(series);
        assertThat(f.acting.as(f.people.coordinatorB, () -> choices.mine()).series())
                .extracting(RecipientOptions.Series::id).doesNotContain(series);
    }

    @Test
    void a_coordinator_of_two_organisations_chooses_one_and_is_offered_its_children_and_series_only() {
        long series = f.series();
        long ofA = f.people.organisationA;
        long ofB = f.people.organisationB;
        context.getBean(SystemAccess.class).asAdministrator(() -> context.getBean(NetworkDirectory.class)
                .addCoordinator(ofA, f.people.coordinatorB.accountId()));

        assertThat(f.acting.as(f.people.coordinatorB, () -> choices.organisations()))
                .extracting(OrganisationOption::id).containsExactly(ofA, ofB); // by name: 団体A, 団体B
        RecipientOptions inB = f.acting.as(f.people.coordinatorB, () -> choices.in(ofB));
        RecipientOptions inA = f.acting.as(f.people.coordinatorB, () -> choices.in(ofA));

        assertThat(inB.learners()).extracting(RecipientOptions.Learner::id).containsExactly(f.people.learnerOfB);
        assertThat(inB.series()).isEmpty();
        assertThat(inA.learners()).extracting(RecipientOptions.Learner::id)
                .containsExactlyInAnyOrder(f.people.learnerOfA, f.learnerOfA2);
        assertThat(inA.series()).extracting(RecipientOptions.Series::id).containsExactly(series);
    }

    @Test
    void an_organisation_not_coordinated_is_refused_and_only_coordinators_have_organisations_to_choose() {
        assertThatThrownBy(() -> f.acting.as(f.people.coordinatorA, () -> choices.in(f.people.organisationB)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.acting.as(f.people.tutorA, () -> choices.in(f.people.organisationA)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.acting.as(f.people.tutorA, () -> choices.organisations())).isEmpty();
        assertThat(f.acting.as(f.people.coordinatorA, () -> choices.organisations()))
                .extracting(OrganisationOption::id).containsExactly(f.people.organisationA);
    }

    @Test
    void a_teacher_is_offered_consented_pupils_and_no_series() {
        RecipientOptions offered = f.acting.as(f.people.teacher, () -> choices.mine());

        assertThat(offered.learners()).extracting(RecipientOptions.Learner::id)
                .contains(f.people.learnerOfA).doesNotContain(f.people.learnerOfB);
        assertThat(offered.series()).isEmpty();
    }

    @Test
    void a_child_and_an_administrator_are_refused() {
        assertThatThrownBy(() -> f.acting.as(f.people.learnerA, () -> choices.mine()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.acting.as(f.people.admin, () -> choices.mine()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
