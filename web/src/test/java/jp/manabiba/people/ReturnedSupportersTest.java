package jp.manabiba.people;

import java.time.LocalDate;
import java.util.function.Supplier;

import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.schools.FiscalYear;
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
 * "Children who came back as supporters": a coordinator links a supporter to the learner of the same organisation
 * they once were (one supporter per learner), and the outcome counts them per organisation.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnedSupportersTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SupporterRecords supporters;
    @Autowired
    ReturnedSupporters returned;
    @Autowired
    HouseholdRecords households;
    @Autowired
    LearnerRecords learners;

    PeopleFixture f;
    Acting acting;
    long pastLearner;
    long secondSupporter;
    final FiscalYear thisYear = FiscalYear.of(LocalDate.now(ProgrammeZone.TOKYO));

    @BeforeAll
    void fixture() {
        f = new PeopleFixture(context, "returned");
        acting = new Acting(context);
        acting.as(f.coordinatorA, () -> {
            HouseholdDetails ended = new HouseholdDetails("卒業", "そつぎょう", null, HomeLanguage.JA, LocalDate.of(2019, 4, 1),
                    LocalDate.of(2023, 3, 31), java.util.EnumSet.noneOf(Circumstance.class), null);
            pastLearner = learners.add(households.create(f.organisationA, ended), PeopleFixture.child("卒業", "そつぎょう", f.school));
            secondSupporter = supporters.create(f.organisationA, volunteer("大学", "二郎"));
        });
    }

    @Test
    void a_coordinator_links_a_supporter_to_a_past_learner_and_the_outcome_counts_them() {
        SupporterDetails tutor = details(f.supporterA);
        acting.as(f.coordinatorA, () -> supporters.change(f.supporterA, tutor, pastLearner));

        assertThat(acting.as(f.coordinatorA, () -> supporters.formerLearner(f.supporterA))).contains(pastLearner);
        assertThat(acting.as(f.coordinatorA, () -> supporters.formerLearnerChoices(f.supporterA)))
                .anySatisfy(option -> {
                    assertThat(option.id()).isEqualTo(pastLearner);
                    assertThat(option.supportEnded()).isTrue();
                });
        assertThat(acting.as(f.coordinatorA, returned::list)).singleElement().satisfies(row -> {
            assertThat(row.supporterId()).isEqualTo(f.supporterA);
            assertThat(row.formerLearnerId()).isEqualTo(pastLearner);
            assertThat(row.since()).isEqualTo(LocalDate.now(ProgrammeZone.TOKYO));
        });
        assertThat(acting.as(f.coordinatorA, () -> returned.countPerOrganisation(thisYear))).containsEntry(f.organisationA, 1L);
        assertThat(acting.as(f.coordinatorA, () -> returned.countPerOrganisation(new FiscalYear(thisYear.year() - 1))))
                .doesNotContainKey(f.organisationA);
        assertThat(acting.as(f.admin, () -> returned.countPerOrganisation(thisYear))).containsEntry(f.organisationA, 1L);
        assertThat(acting.as(f.coordinatorB, returned::list)).noneMatch(row -> row.organisationId() == f.organisationA);
    }

    @Test
    void a_learner_is_linked_to_one_supporter_only_and_of_the_same_organisation_only() {
        SupporterDetails tutor = details(f.supporterA);
        SupporterDetails second = details(secondSupporter);
        acting.as(f.coordinatorA, () -> supporters.change(f.supporterA, tutor, pastLearner));

        assertRefusedAtField(() -> supporters.change(secondSupporter, second, pastLearner),
                "supporter.error.former-learner-taken");
        assertRefusedAtField(() -> supporters.change(secondSupporter, second, f.learnerOfB),
                "supporter.error.former-learner-organisation");
        assertRefusedAtField(() -> supporters.change(secondSupporter, second, 999_999_999L),
                "supporter.error.former-learner-organisation");
        acting.as(f.coordinatorA, () -> supporters.change(secondSupporter, second, null));
        assertThat(acting.as(f.coordinatorA, () -> supporters.formerLearner(secondSupporter))).isEmpty();
    }

    @Test
    void strangers_cannot_link_or_count() {
        SupporterDetails tutor = details(f.supporterA);
        for (TestPrincipal stranger : new TestPrincipal[] {f.coordinatorB, f.tutorA, f.teacher, f.learnerA}) {
            assertRefused(stranger, () -> {
                supporters.change(f.supporterA, tutor, f.learnerOfA);
                return null;
            });
            assertRefused(stranger, () -> supporters.formerLearnerChoices(f.supporterA));
        }
        for (TestPrincipal notCoordinator : new TestPrincipal[] {f.tutorA, f.teacher, f.learnerA}) {
            assertRefused(notCoordinator, returned::list);
        }
    }

    private SupporterDetails details(long supporter) {
        return acting.as(f.coordinatorA, () -> supporters.details(supporter));
    }

    private static SupporterDetails volunteer(String family, String given) {
        return new SupporterDetails(SupporterCategory.UNIVERSITY_STUDENT, family, given, null, null, null, null);
    }

    private void assertRefusedAtField(Runnable call, String messageKey) {
        assertThatThrownBy(() -> acting.as(f.coordinatorA, call)).isInstanceOfSatisfying(InvalidInput.class, refusal -> {
            assertThat(refusal.field()).isEqualTo("formerLearner");
            assertThat(refusal.messageKey()).isEqualTo(messageKey);
        });
    }

    private void assertRefused(TestPrincipal user, Supplier<?> call) {
        assertThatThrownBy(() -> acting.as(user, call))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }
}
