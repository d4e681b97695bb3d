package jp.manabiba.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * "Ready" at the day's edges: completed today counts today; the expiry day no longer counts; renewed the day
 * before expiry leaves no gap; a completion dated in the future is refused. Safeguarding is valid 24 months and
 * personal data 36 in the network's tracks (V024).
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadinessEdgesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TrainingRecords records;
    @Autowired
    Readiness readiness;
    @Autowired
    SupporterRecords supporters;

    PeopleFixture f;
    Acting acting;
    LocalDate today;

    @BeforeAll
    void fixture() {
        f = new PeopleFixture(context, "ready-edges");
        acting = new Acting(context);
        today = readiness.today();
    }

    @Test
    void a_new_parent_is_not_ready_and_is_told_both_modules_in_track_order() {
        long parent = newSupporter(SupporterCategory.PARENT);
        assertThat(readiness.missingBeforeChildren(parent, today))
                .containsExactly("子どもを守る：打ち明けられたときの対応", "子どもと家庭の個人情報を守る");
    }

    @Test
    void completed_today_counts_today_but_not_yesterday() {
        long parent = newSupporter(SupporterCategory.PARENT);
        complete(parent, "child-safeguarding", today);
        complete(parent, "personal-data", today);
        assertThat(readiness.missingBeforeChildren(parent, today)).isEmpty();
        assertThat(readiness.missingBeforeChildren(parent, today.minusDays(1))).hasSize(2);
    }

    @Test
    void the_expiry_day_is_not_ready_and_the_day_before_is() {
        long parent = newSupporter(SupporterCategory.PARENT);
        complete(parent, "child-safeguarding", today.minusMonths(24));
        complete(parent, "personal-data", today.minusMonths(24));
        assertThat(readiness.missingBeforeChildren(parent, today)).containsExactly("子どもを守る：打ち明けられたときの対応");
        assertThat(readiness.missingBeforeChildren(parent, today.minusDays(1))).isEmpty();
        assertThat(acting.as(f.coordinatorA, () -> records.standing(parent)).ready()).isFalse();
    }

    @Test
    void renewed_the_day_before_expiry_leaves_no_gap() {
        long parent = newSupporter(SupporterCategory.PARENT);
        complete(parent, "child-safeguarding", today.minusMonths(24));
        complete(parent, "personal-data", today.minusMonths(24));
        complete(parent, "child-safeguarding", today.minusDays(1));
        assertThat(readiness.missingBeforeChildren(parent, today)).isEmpty();
        SupporterStanding standing = acting.as(f.coordinatorA, () -> records.standing(parent));
        assertThat(standing.ready()).isTrue();
        assertThat(standing.expiringWithin(60)).isEmpty();
    }

    @Test
    void a_module_running_out_within_sixty_days_is_listed_as_expiring() {
        long parent = newSupporter(SupporterCategory.PARENT);
        complete(parent, "child-safeguarding", today.minusMonths(24).plusDays(30));
        complete(parent, "personal-data", today);
        SupporterStanding standing = acting.as(f.coordinatorA, () -> records.standing(parent));
        assertThat(standing.ready()).isTrue();
        assertThat(standing.expiringWithin(60)).extracting(ModuleStanding::title)
                .containsExactly("子どもを守る：打ち明けられたときの対応");
    }

    @Test
    void trained_is_the_day_of_the_last_needed_module_and_is_kept() {
        long parent = newSupporter(SupporterCategory.PARENT);
        for (String code : new String[] {"child-safeguarding", "personal-data", "learning-support-session"}) {
            complete(parent, code, today.minusDays(20));
        }
        assertThat(acting.as(f.coordinatorA, () -> records.standing(parent)).trainedOn()).isEmpty();
        complete(parent, "developmental-differences", today.minusDays(5));
        assertThat(acting.as(f.coordinatorA, () -> records.standing(parent)).trainedOn()).contains(today.minusDays(5));
        assertThat(context.getBean(TrainedMilestoneRepository.class).findById(parent)).get()
                .extracting(TrainedMilestone::trainedOn).isEqualTo(today.minusDays(5));
    }

    @Test
    void a_completion_in_the_future_is_refused_at_its_field() {
        long parent = newSupporter(SupporterCategory.PARENT);
        assertThatThrownBy(() -> complete(parent, "child-safeguarding", today.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("completedOn"));
        assertThat(readiness.missingBeforeChildren(parent, today.plusDays(1))).hasSize(2);
    }

    private long newSupporter(SupporterCategory category) {
        return acting.as(f.coordinatorA, () -> supporters.create(f.organisationA,
                new SupporterDetails(category, "研修", "花子", null, null, null, null)));
    }

    private void complete(long supporter, String code, LocalDate on) {
        long module = context.getBean(TrainingModuleRepository.class).findByCode(code).orElseThrow().id();
        acting.as(f.coordinatorA, () -> records.recordCompletion(supporter, module, on, null));
    }
}
