package jp.manabiba.people;

import java.util.List;

import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
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
 * What other features may ask about people: answered only about people of the caller's own organisations, and
 * questions about any account only for the system.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipantsAccessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Participants participants;

    PeopleFixture f;
    Acting acting;

    @BeforeAll
    void fixture() {
        f = new PeopleFixture(context, "participants");
        acting = new Acting(context);
    }

    @Test
    void a_tutor_is_told_about_their_own_organisations_children_only() {
        assertThat(acting.as(f.tutorA, () -> participants.learnerNames(List.of(f.learnerOfA, f.learnerOfB))))
                .containsOnlyKeys(f.learnerOfA);
        assertThat(acting.as(f.tutorA, () -> participants.organisationOfLearner(f.learnerOfA))).contains(f.organisationA);
        assertThat(acting.as(f.tutorA, () -> participants.organisationOfLearner(f.learnerOfB))).isEmpty();
    }

    @Test
    void a_coordinator_is_told_nothing_about_another_organisations_people() {
        assertThat(acting.as(f.coordinatorB, () -> participants.learnerNames(List.of(f.learnerOfA)))).isEmpty();
        assertThat(acting.as(f.coordinatorB, () -> participants.organisationOfLearner(f.learnerOfA))).isEmpty();
        assertThat(acting.as(f.coordinatorB, () -> participants.organisationOfSupporter(f.supporterA))).isEmpty();
        assertThat(acting.as(f.coordinatorB, () -> participants.supporterGivenNames(List.of(f.supporterA)))).isEmpty();
        assertThat(acting.as(f.coordinatorA, () -> participants.organisationOfSupporter(f.supporterA))).contains(f.organisationA);
    }

    @Test
    void a_child_hears_their_own_organisations_tutors_names_but_is_never_told_other_childrens_names() {
        assertThat(acting.as(f.learnerA, () -> participants.supporterGivenNames(List.of(f.supporterA))))
                .containsOnlyKeys(f.supporterA);
        assertRefused(f.learnerA, () -> participants.learnerNames(List.of(f.learnerOfA, f.learnerOfB)));
        assertRefused(f.learnerA, () -> participants.organisationOfLearner(f.learnerOfB));
        assertRefused(f.teacher, () -> participants.learnerNames(List.of(f.learnerOfA)));
    }

    @Test
    void only_the_system_may_ask_which_learner_or_supporter_an_account_is() {
        assertRefused(f.tutorA, () -> participants.learnerIdOfAccount(f.learnerA.accountId()));
        assertRefused(f.coordinatorA, () -> participants.supporterIdOfAccount(f.tutorA.accountId()));
        assertThat(acting.as(f.admin, () -> participants.learnerIdOfAccount(f.learnerA.accountId()))).contains(f.learnerOfA);
    }

    private void assertRefused(TestPrincipal user, java.util.function.Supplier<?> call) {
        assertThatThrownBy(() -> acting.as(user, call))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }
}
