package jp.manabiba.people;

import java.time.LocalDate;
import java.util.List;

import jp.manabiba.schools.Grade;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A household with two circumstances, two guardians, two children and a tutor matched with both children: every
 * list shows each record once, however many rows a join could make of it.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListsShowEachRecordOnceTest {

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

    PeopleFixture f;
    Acting acting;
    long secondChild;

    @BeforeAll
    void fixture() {
        f = new PeopleFixture(context, "once");
        acting = new Acting(context);
        secondChild = acting.as(f.coordinatorA, () -> {
            households.addGuardian(f.householdA, guardian("母", "由美"));
            households.addGuardian(f.householdA, guardian("父", "健"));
            long child = learners.add(f.householdA, new LearnerDetails("青木", "そら", "あおき", "そら", f.school,
                    Grade.P2, null, FuriganaPreference.ALL));
            matching.match(f.supporterA, child, LocalDate.of(2026, 4, 1), null);
            return child;
        });
    }

    @Test
    void a_household_with_two_circumstances_shows_each_guardian_once() {
        HouseholdPage page = acting.as(f.coordinatorA, () -> households.open(f.householdA, "test"));

        assertThat(page.details().circumstances()).hasSize(2);
        assertThat(page.guardians()).extracting(g -> g.details().givenName()).containsExactly("由美", "健");
        assertThat(page.learners()).extracting(LearnerRow::id).containsExactly(f.learnerOfA, secondChild);
        assertThat(page.consents()).hasSize(1);
    }

    @Test
    void the_households_list_shows_a_household_with_two_guardians_once() {
        List<HouseholdRow> rows = acting.as(f.coordinatorA, () -> directory.page(HouseholdFilter.ALL, 0, 50));

        assertThat(rows).extracting(HouseholdRow::id).containsOnlyOnce(f.householdA);
        assertThat(rows).filteredOn(row -> row.id() == f.householdA).singleElement()
                .satisfies(row -> assertThat(row.learners()).isEqualTo(2));
    }

    @Test
    void learners_supporters_and_matches_are_listed_once_each() {
        assertThat(acting.as(f.coordinatorA, learners::enrolable)).extracting(LearnerRow::id)
                .containsExactlyInAnyOrder(f.learnerOfA, secondChild);
        assertThat(acting.as(f.coordinatorA, supporters::list)).singleElement()
                .satisfies(row -> assertThat(row.activeMatches()).isEqualTo(2));
        assertThat(acting.as(f.coordinatorA, () -> learners.open(secondChild)).matches()).hasSize(1);
    }

    @Test
    void the_tutor_and_the_teacher_see_each_child_once() {
        assertThat(acting.as(f.tutorA, myLearners::list)).extracting(MatchedLearner::id)
                .containsExactlyInAnyOrder(f.learnerOfA, secondChild);
        assertThat(acting.as(f.teacher, myPupils::list)).extracting(PupilRow::id)
                .containsExactlyInAnyOrder(f.learnerOfA, secondChild);
    }

    @Test
    void a_removed_households_children_cannot_be_enrolled() {
        PeopleFixture other = new PeopleFixture(context, "once-removed");
        acting.as(other.coordinatorA, () -> households.remove(other.householdA));

        assertThat(acting.as(other.coordinatorA, learners::enrolable)).extracting(LearnerRow::id)
                .doesNotContain(other.learnerOfA);
    }

    @Test
    void the_accounts_list_is_paged_by_the_database_in_username_order_with_each_account_once() {
        jp.manabiba.security.AccountAdministration accounts = context.getBean(jp.manabiba.security.AccountAdministration.class);
        List<String> first = acting.as(f.admin, () -> accounts.page("once-", 0, 3)).stream()
                .map(jp.manabiba.security.AccountRow::username).toList();
        List<String> second = acting.as(f.admin, () -> accounts.page("once-", 3, 3)).stream()
                .map(jp.manabiba.security.AccountRow::username).toList();

        assertThat(first).containsExactly("once-admin", "once-coord-a", "once-coord-b");
        assertThat(second).containsExactly("once-learner-a", "once-teacher", "once-tutor-a");
    }

    private static GuardianDetails guardian(String relationship, String givenName) {
        return new GuardianDetails("青木", givenName, relationship, "072-000-0000", null, HomeLanguage.JA);
    }
}
