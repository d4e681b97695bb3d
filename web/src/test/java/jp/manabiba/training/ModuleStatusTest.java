package jp.manabiba.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A module's status at the day's edges, and the next step's order, without Spring. */
class ModuleStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void the_expiry_day_is_expired_and_sixty_days_ahead_is_expiring_soon() {
        LocalDate done = TODAY.minusYears(1);
        assertThat(ModuleStatus.of(null, null, TODAY)).isEqualTo(ModuleStatus.TO_DO);
        assertThat(ModuleStatus.of(TODAY.plusDays(1), null, TODAY)).as("done only later").isEqualTo(ModuleStatus.TO_DO);
        assertThat(ModuleStatus.of(done, null, TODAY)).isEqualTo(ModuleStatus.DONE);
        assertThat(ModuleStatus.of(done, TODAY, TODAY)).isEqualTo(ModuleStatus.EXPIRED);
        assertThat(ModuleStatus.of(done, TODAY.plusDays(1), TODAY)).isEqualTo(ModuleStatus.EXPIRING_SOON);
        assertThat(ModuleStatus.of(done, TODAY.plusDays(60), TODAY)).isEqualTo(ModuleStatus.EXPIRING_SOON);
        assertThat(ModuleStatus.of(done, TODAY.plusDays(61), TODAY)).isEqualTo(ModuleStatus.VALID);
    }

    @Test
    void before_children_comes_first_then_required_then_renewals_then_optional() {
        ModuleRow optional = row("optional", Requirement.OPTIONAL, ModuleStatus.TO_DO, null);
        ModuleRow required = row("required", Requirement.REQUIRED, ModuleStatus.TO_DO, null);
        ModuleRow expired = row("expired", Requirement.BEFORE_CHILDREN, ModuleStatus.EXPIRED, TODAY.minusDays(1));
        ModuleRow soon = row("soon", Requirement.BEFORE_CHILDREN, ModuleStatus.EXPIRING_SOON, TODAY.plusDays(5));
        ModuleRow done = row("done", Requirement.BEFORE_CHILDREN, ModuleStatus.DONE, null);

        assertThat(MyTraining.nextStep(List.of(optional, required, expired))).isEqualTo(new NextStep(NextStep.Kind.RENEW, expired));
        assertThat(MyTraining.nextStep(List.of(optional, required, done))).isEqualTo(new NextStep(NextStep.Kind.START, required));
        assertThat(MyTraining.nextStep(List.of(optional, soon, done))).isEqualTo(new NextStep(NextStep.Kind.RENEW, soon));
        assertThat(MyTraining.nextStep(List.of(optional, done))).isEqualTo(new NextStep(NextStep.Kind.OPTIONAL, optional));
        assertThat(MyTraining.nextStep(List.of(done))).isEqualTo(new NextStep(NextStep.Kind.ALL_DONE, null));
    }

    private static ModuleRow row(String code, Requirement requirement, ModuleStatus status, LocalDate validUntil) {
        return new ModuleRow(code, code, ModuleKind.SELF_STUDY, requirement, status,
                status == ModuleStatus.TO_DO ? null : TODAY.minusYears(1), validUntil, true);
    }
}
