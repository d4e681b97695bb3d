package jp.manabiba.people;

import java.time.LocalDate;
import java.util.function.Supplier;

import jp.manabiba.audit.AuditFilter;
import jp.manabiba.audit.AuditLog;
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
 * Who may see what, proved through direct service calls for every role, including calls with another
 * organisation's ids: refused, and the refusal names nothing of the record.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleAccessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    HouseholdRecords households;
    @Autowired
    HouseholdDirectory directory;
    @Autowired
    LearnerRecords learners;
    @Autowired
    SupporterRecords supporters;
    @Autowired
    Matching matching;
    @Autowired
    MyLearners myLearners;
    @Autowired
    MyPupils myPupils;
    @Autowired
    AuditLog audit;

    PeopleFixture f;
    Acting acting;

    @BeforeAll
    void fixture() {
        f = new PeopleFixture(context, "access");
        acting = new Acting(context);
    }

    @Test
    void a_coordinator_opens_their_own_household_with_circumstances_and_the_read_is_audited() {
        HouseholdPage page = acting.as(f.coordinatorA, () -> households.open(f.householdA, "test"));

        assertThat(page.details().circumstances()).contains(Circumstance.DISABILITY_OR_HEALTH);
        var entries = acting.as(f.admin, () -> audit.search(new AuditFilter(f.coordinatorA.username(), "household", null, null), 0, 50));
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.recordId()).isEqualTo(f.householdA);
            assertThat(entry.action().name()).isEqualTo("READ");
            assertThat(entry.screen()).isEqualTo("test");
        });
    }

    @Test
    void a_coordinator_is_refused_another_organisations_household_and_learns_nothing_from_the_refusal() {
        assertRefused(f.coordinatorA, () -> households.open(f.householdB, "test"));
        assertRefused(f.coordinatorA, () -> households.open(999_999_999L, "test"));
        assertRefused(f.coordinatorA, () -> {
            households.recordConsent(f.householdB, ConsentPurpose.PHOTOS, true, "x", ConsentMethod.PAPER, LocalDate.of(2026, 4, 1));
            return null;
        });
        assertRefused(f.coordinatorA, () -> learners.open(f.learnerOfB));
        assertRefused(f.coordinatorA, () -> learners.add(f.householdB, PeopleFixture.child("別府", "べっぷ", f.school)));
        assertRefused(f.coordinatorA, () -> households.create(f.organisationB, PeopleFixture.household("侵入", "しんにゅう")));
        assertRefused(f.coordinatorB, () -> matching.match(f.supporterA, f.learnerOfB, LocalDate.of(2026, 5, 1), null));
    }

    @Test
    void a_coordinators_list_holds_only_their_own_households() {
        var rows = acting.as(f.coordinatorA, () -> directory.page(HouseholdFilter.ALL, 0, 500));

        assertThat(rows).extracting(HouseholdRow::id).contains(f.householdA).doesNotContain(f.householdB);
    }

    @Test
    void tutors_teachers_and_learners_cannot_reach_household_records_at_all() {
        for (TestPrincipal notCoordinator : new TestPrincipal[] {f.tutorA, f.teacher, f.learnerA}) {
            assertRefused(notCoordinator, () -> households.open(f.householdA, "test"));
            assertRefused(notCoordinator, () -> directory.page(HouseholdFilter.ALL, 0, 50));
            assertRefused(notCoordinator, () -> learners.open(f.learnerOfA));
            assertRefused(notCoordinator, supporters::list);
        }
    }

    @Test
    void a_tutor_sees_only_the_children_they_are_matched_with_and_nothing_of_the_household() {
        var mine = acting.as(f.tutorA, myLearners::list);

        assertThat(mine).extracting(MatchedLearner::id).containsExactly(f.learnerOfA);
        assertThat(MatchedLearner.class.getRecordComponents()).extracting(c -> c.getName())
                .doesNotContain("circumstances", "phone", "email", "guardians");
        assertRefused(f.learnerA, myLearners::list);
        assertRefused(f.coordinatorA, myLearners::list);
    }

    @Test
    void a_tutor_reads_the_notes_shared_about_their_learner_and_a_stranger_cannot_share_one() {
        acting.as(f.coordinatorA, () -> learners.shareNote(f.learnerOfA, "前の席が落ち着くようです"));

        assertThat(acting.as(f.tutorA, myLearners::list)).singleElement()
                .satisfies(learner -> assertThat(learner.sharedNotes()).contains("前の席が落ち着くようです"));
        assertRefused(f.coordinatorB, () -> {
            learners.shareNote(f.learnerOfA, "x");
            return null;
        });
        assertRefused(f.tutorA, () -> {
            learners.shareNote(f.learnerOfA, "x");
            return null;
        });
    }

    @Test
    void a_teacher_sees_only_pupils_of_their_school_whose_guardians_consented_and_a_withdrawal_hides_them() {
        assertThat(acting.as(f.teacher, myPupils::list)).extracting(PupilRow::id)
                .contains(f.learnerOfA).doesNotContain(f.learnerOfB);

        acting.as(f.coordinatorA, () -> households.recordConsent(f.householdA, ConsentPurpose.SHARE_WITH_SCHOOL, false,
                "青木 母", ConsentMethod.PAPER, LocalDate.of(2026, 6, 1)));
        try {
            assertThat(acting.as(f.teacher, myPupils::list)).extracting(PupilRow::id).doesNotContain(f.learnerOfA);
        } finally {
            acting.as(f.coordinatorA, () -> households.recordConsent(f.householdA, ConsentPurpose.SHARE_WITH_SCHOOL, true,
                    "青木 母", ConsentMethod.PAPER, LocalDate.of(2026, 6, 2)));
        }
        assertRefused(f.tutorA, myPupils::list);
    }

    @Test
    void only_administrators_read_the_audit_log() {
        for (TestPrincipal notAdmin : new TestPrincipal[] {f.coordinatorA, f.tutorA, f.teacher, f.learnerA}) {
            assertRefused(notAdmin, () -> audit.search(AuditFilter.ALL, 0, 10));
        }
    }

    private void assertRefused(TestPrincipal user, Supplier<?> call) {
        assertThatThrownBy(() -> acting.as(user, call))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class)
                .satisfies(refusal -> assertThat(refusal.getMessage()).doesNotContain("青木", "別府", "household ",
                        String.valueOf(f.householdB)));
    }
}
