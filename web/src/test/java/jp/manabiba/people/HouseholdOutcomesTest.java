package jp.manabiba.people;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.schools.Grade;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.NewAccount;
import jp.manabiba.security.Role;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Households supported per fiscal year, right at the boundaries of April 1 and March 31. */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HouseholdOutcomesTest {

    private static final String ORGANISATION = "成果テスト団体";

    @Autowired
    ApplicationContext context;
    @Autowired
    HouseholdOutcomes outcomes;
    @Autowired
    HouseholdRecords households;
    @Autowired
    LearnerRecords learners;

    TestPrincipal coordinator;
    Acting acting;

    @BeforeAll
    void programme() {
        acting = new Acting(context);
        long organisation = context.getBean(SystemAccess.class).asAdministrator(() -> {
            long account = context.getBean(AccountAdministration.class).create(
                    new NewAccount("outcomes-coordinator", "成果", null, "fixture-password", Set.of(Role.COORDINATOR)));
            long id = context.getBean(NetworkDirectory.class).addOrganisation(ORGANISATION);
            context.getBean(NetworkDirectory.class).addCoordinator(id, account);
            return id;
        });
        coordinator = TestPrincipal.demo(context, "outcomes-coordinator");
        acting.as(coordinator, () -> {
            household(organisation, "年度末終了", LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), 2);
            household(organisation, "年度末開始", LocalDate.of(2026, 3, 31), null, 1);
            household(organisation, "四月開始", LocalDate.of(2026, 4, 1), null, 1);
            household(organisation, "前々年度", LocalDate.of(2024, 5, 1), LocalDate.of(2025, 3, 31), 1);
            long removed = household(organisation, "削除済み", LocalDate.of(2025, 4, 1), null, 1);
            households.remove(removed);
        });
    }

    private long household(long organisation, String name, LocalDate started, @Nullable LocalDate ended, int children) {
        long id = households.create(organisation, new HouseholdDetails(name, "せたい", null, HomeLanguage.JA, started, ended,
                EnumSet.noneOf(Circumstance.class), null));
        for (int i = 0; i < children; i++) {
            learners.add(id, new LearnerDetails(name, "こ" + i, "せたい", "こ", null, Grade.P1, null, FuriganaPreference.ALL));
        }
        return id;
    }

    @Test
    void support_ending_on_march_31_counts_in_that_year_only() {
        assertThat(row(2025).householdsSupported()).isEqualTo(2); // 年度末終了, 年度末開始
        assertThat(row(2026).householdsSupported()).isEqualTo(2); // 年度末開始, 四月開始
        assertThat(row(2024).householdsSupported()).isEqualTo(1); // 前々年度
    }

    @Test
    void learners_taking_part_are_the_children_of_the_households_supported_that_year() {
        assertThat(row(2025).learners()).isEqualTo(3);
        assertThat(row(2026).learners()).isEqualTo(2);
    }

    @Test
    void the_target_is_fifty_unless_the_organisation_has_its_own_for_the_year() {
        assertThat(row(2024).target()).isEqualTo(50);
        long organisation = acting.as(coordinator, () -> households.organisations()).stream()
                .filter(o -> o.name().equals(ORGANISATION)).findFirst().orElseThrow().id();
        context.getBean(SystemAccess.class).asAdministrator(() -> outcomes.setTarget(organisation, new FiscalYear(2026), 12));

        assertThat(row(2026).target()).isEqualTo(12);
        assertThat(row(2025).target()).isEqualTo(50);
    }

    private OutcomeRow row(int year) {
        return acting.as(coordinator, () -> outcomes.year(new FiscalYear(year))).stream()
                .filter(r -> r.organisation().equals(ORGANISATION)).findFirst().orElseThrow();
    }
}
