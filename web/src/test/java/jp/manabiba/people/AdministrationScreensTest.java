package jp.manabiba.people;

import java.time.LocalDate;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.home.ui.AdminHomeView;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.ui.AccountsView;
import jp.manabiba.people.ui.OrganisationsView;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.AccountRow;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The administrator's screens: targets within their ranges, actions that lock someone out asked once, totals. */
class AdministrationScreensTest extends KaribuTest {

    private PeopleFixture f;
    private Acting acting;
    private HouseholdOutcomes outcomes;

    @BeforeEach
    void fixture() {
        f = new PeopleFixture(context, "admin-" + System.nanoTime() % 100_000);
        acting = new Acting(context);
        outcomes = context.getBean(HouseholdOutcomes.class);
    }

    @Test
    void a_target_outside_one_to_a_thousand_is_refused_with_the_range() {
        FiscalYear thisYear = FiscalYear.of(LocalDate.now());
        for (int refused : new int[] {-1, 0, 1_001, 99_999}) {
            assertThatThrownBy(() -> acting.as(f.admin, () -> outcomes.setTarget(f.organisationA, thisYear, refused)))
                    .isInstanceOfSatisfying(InvalidInput.class, refusal -> {
                        assertThat(refusal.field()).isEqualTo("target");
                        assertThat(refusal.messageKey()).isEqualTo("organisation.error.target-range");
                        assertThat(refusal.arguments()).containsExactly(1, 1_000);
                    });
        }
        acting.as(f.admin, () -> outcomes.setTarget(f.organisationA, thisYear, 1_000));
        acting.as(f.admin, () -> outcomes.setTarget(f.organisationA, thisYear, 1));
        assertThat(acting.as(f.admin, () -> outcomes.target(f.organisationA, thisYear))).isEqualTo(1);
    }

    @Test
    void a_year_outside_the_programme_is_refused_with_the_range() {
        int last = FiscalYear.of(LocalDate.now()).year() + 2;
        for (int refused : new int[] {-1, 2023, last + 1, 99_999}) {
            assertThatThrownBy(() -> acting.as(f.admin, () -> outcomes.setTarget(f.organisationA, new FiscalYear(refused), 40)))
                    .isInstanceOfSatisfying(InvalidInput.class, refusal -> {
                        assertThat(refusal.field()).isEqualTo("year");
                        assertThat(refusal.arguments()).containsExactly("2024", String.valueOf(last));
                    });
        }
        acting.as(f.admin, () -> outcomes.setTarget(f.organisationA, new FiscalYear(2024), 40));
        acting.as(f.admin, () -> outcomes.setTarget(f.organisationA, new FiscalYear(last), 40));
    }

    @Test
    void the_target_dialog_opens_with_the_target_in_force_and_limits_its_fields() {
        FiscalYear thisYear = FiscalYear.of(LocalDate.now());
        acting.as(f.admin, () -> outcomes.setTarget(f.organisationA, thisYear, 37));
        KaribuSupport.signIn(f.admin);
        UI.getCurrent().navigate(OrganisationsView.class);

        clickInRow(LocatorJ._get(Grid.class), row -> ((OrganisationRow) row).id() == f.organisationA, "目標を設定");

        IntegerField year = LocatorJ._get(IntegerField.class, spec -> spec.withLabel("支援した年度"));
        IntegerField target = LocatorJ._get(IntegerField.class, spec -> spec.withLabel("支援世帯の目標"));
        assertThat(year.getValue()).isEqualTo(thisYear.year());
        assertThat(target.getValue()).isEqualTo(37);
        assertThat(target.getMin()).isEqualTo(1);
        assertThat(target.getMax()).isEqualTo(1_000);
        assertThat(year.getMin()).isEqualTo(2024);
        assertThat(year.getMax()).isEqualTo(thisYear.year() + 2);
        _setValue(year, thisYear.year() + 1);
        assertThat(target.getValue()).isEqualTo(50); // no target of its own that year: the programme's default
    }

    @Test
    void switching_an_account_off_asks_once_and_cancelling_changes_nothing() {
        KaribuSupport.signIn(f.admin);
        UI.getCurrent().navigate(AccountsView.class);
        _setValue(LocatorJ._get(TextField.class), f.coordinatorB.username());
        Grid<?> grid = LocatorJ._get(Grid.class);

        clickInRow(grid, row -> ((AccountRow) row).id() == f.coordinatorB.accountId(), "停止する");
        ConfirmDialog confirm = LocatorJ._get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).contains(f.coordinatorB.username());
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(enabled(f.coordinatorB.accountId())).isTrue();

        clickInRow(grid, row -> ((AccountRow) row).id() == f.coordinatorB.accountId(), "停止する");
        ConfirmDialogKt._fireConfirm(LocatorJ._get(ConfirmDialog.class));
        assertThat(enabled(f.coordinatorB.accountId())).isFalse();
    }

    @Test
    void a_new_password_is_given_only_after_confirming() {
        KaribuSupport.signIn(f.admin);
        UI.getCurrent().navigate(AccountsView.class);
        _setValue(LocatorJ._get(TextField.class), f.coordinatorA.username());
        String hashBefore = passwordHash(f.coordinatorA.accountId());

        clickInRow(LocatorJ._get(Grid.class), row -> ((AccountRow) row).id() == f.coordinatorA.accountId(), "新しいパスワード");
        ConfirmDialogKt._fireCancel(LocatorJ._get(ConfirmDialog.class));
        assertThat(passwordHash(f.coordinatorA.accountId())).isEqualTo(hashBefore);

        clickInRow(LocatorJ._get(Grid.class), row -> ((AccountRow) row).id() == f.coordinatorA.accountId(), "新しいパスワード");
        ConfirmDialogKt._fireConfirm(LocatorJ._get(ConfirmDialog.class));
        assertThat(passwordHash(f.coordinatorA.accountId())).isNotEqualTo(hashBefore);
    }

    @Test
    void the_administrators_home_shows_households_supported_across_organisations_against_the_sum_of_targets() {
        ProgrammeTotal before = acting.as(f.admin, outcomes::programmeTotal);
        acting.as(f.admin, () -> {
            context.getBean(HouseholdRecords.class).create(f.organisationB, PeopleFixture.household("北", "きた"));
            outcomes.setTarget(f.organisationB, FiscalYear.of(LocalDate.now()), 10);
        });

        ProgrammeTotal after = acting.as(f.admin, outcomes::programmeTotal);
        assertThat(after.householdsSupported()).isEqualTo(before.householdsSupported() + 1);
        assertThat(after.target()).isEqualTo(before.target() - 50 + 10);
        assertThat(after.organisations()).isEqualTo(before.organisations());

        KaribuSupport.signIn(f.admin);
        UI.getCurrent().navigate(AdminHomeView.class);
        assertThat(LocatorJ._find(Span.class)).extracting(Span::getText)
                .contains("ネットワーク全体", "支援世帯 %,d / 目標 %,d".formatted(after.householdsSupported(), after.target()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void clickInRow(Grid grid, java.util.function.Predicate<Object> row, String button) {
        int index = IntStream.range(0, GridKt._size(grid)).filter(i -> row.test(GridKt._get(grid, i))).findFirst()
                .orElseThrow();
        Component cell = GridKt._getCellComponent(grid, index, "actions");
        _click(LocatorJ._get(cell, Button.class, spec -> spec.withText(button)));
    }

    private boolean enabled(long accountId) {
        return context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select enabled from account where id = ?", Boolean.class, accountId);
    }

    private String passwordHash(long accountId) {
        return context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select password_hash from account where id = ?", String.class, accountId);
    }
}
