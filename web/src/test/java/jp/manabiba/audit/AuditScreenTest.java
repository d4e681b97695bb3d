package jp.manabiba.audit;

import java.time.LocalDate;
import java.util.Set;

import tools.jackson.databind.node.JsonNodeFactory;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;
import jp.manabiba.audit.ui.AuditLogView;
import jp.manabiba.base.ui.DateField;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.NewAccount;
import jp.manabiba.security.Role;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit screen speaks the administrator's language: actions, kinds of record and screens translated; its period
 * is written as every date is (2026/04/01), and a date it cannot read is named, never dropped.
 */
class AuditScreenTest extends KaribuTest {

    @Test
    void the_audit_screen_shows_actions_kinds_and_screens_in_japanese_and_filters_by_kind() {
        context.getBean(SystemAccess.class).asAdministrator(() -> context.getBean(AccountAdministration.class)
                .create(new NewAccount("audit-screen-admin", "監査", null, "fixture-password", Set.of(Role.ADMIN))));
        TestPrincipal admin = TestPrincipal.demo(context, "audit-screen-admin");
        AuditLog audit = context.getBean(AuditLog.class);
        new Acting(context).as(admin, () -> context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            audit.record(AuditAction.READ, "household", 5151, "household-page");
            audit.record(AuditAction.CHANGE, "learner", 5152, "learner-form");
        }));
        KaribuSupport.signIn(admin);
        UI.getCurrent().navigate(AuditLogView.class);
        _setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel("ユーザー")), "audit-screen-admin");
        @SuppressWarnings("unchecked")
        Grid<AuditRow> grid = LocatorJ._get(Grid.class);

        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 1)).containsSubsequence("閲覧", "世帯", "5151", "世帯のページ");
        assertThat(GridKt._getFormattedRow(grid, 0)).containsSubsequence("変更", "子ども", "5152", "子どもの入力画面");

        @SuppressWarnings("unchecked")
        Select<String> kind = LocatorJ._get(Select.class, spec -> spec.withLabel("記録の種類"));
        _setValue(kind, "learner");
        assertThat(GridKt._size(grid)).isEqualTo(1);
    }

    @Test
    void a_period_date_that_cannot_be_read_is_named_at_its_field_and_nothing_is_listed_until_it_is_put_right() {
        TestPrincipal admin = TestPrincipal.demo(context, "admin");
        AuditLog audit = context.getBean(AuditLog.class);
        new Acting(context).as(admin, () -> context.getBean(TransactionTemplate.class).executeWithoutResult(
                status -> audit.record(AuditAction.READ, "household", 5153, "household-page")));
        KaribuSupport.signIn(admin);
        UI.getCurrent().navigate(AuditLogView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditRow> grid = LocatorJ._get(Grid.class);
        DatePicker from = LocatorJ._get(DatePicker.class, spec -> spec.withLabel("開始日"));
        DatePicker to = LocatorJ._get(DatePicker.class, spec -> spec.withLabel("終了日"));
        Anchor export = LocatorJ._get(Anchor.class, spec -> spec.withText("CSVで書き出す"));
        assertThat(from).isInstanceOf(DateField.class);
        assertThat(GridKt._size(grid)).isPositive();

        try (LogCapture errors = LogCapture.errors()) {
            tamperedValue(from, "2026-02-30");
            assertNamed(from, "2026-02-30");
            assertThat(GridKt._size(grid)).as("a filter without its date would show more than asked").isZero();
            assertThat(export.isEnabled()).isFalse();

            typed(to, "2026/13/45");
            assertNamed(to, "2026/13/45");

            _setValue(from, LocalDate.of(2000, 1, 1));
            _setValue(to, LocalDate.of(2099, 12, 31));
            assertThat(from.isInvalid()).isFalse();
            assertThat(to.isInvalid()).isFalse();
            assertThat(GridKt._size(grid)).isPositive();
            assertThat(export.isEnabled()).isTrue();
            assertThat(errors.lines()).isEmpty();
        }
        assertThat(DateFields.format(from.getValue())).isEqualTo("2000/01/01");
    }

    private static void assertNamed(DatePicker field, String text) {
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("validation.date-unreadable", text));
    }

    /** What only a forged request sends: a value no calendar has. */
    private static void tamperedValue(DatePicker field, String value) {
        try {
            field.getElement().getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value", value).run();
        } catch (PropertyChangeDeniedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text the browser's picker could not read, as its client reports it. */
    private static void typed(DatePicker field, String text) {
        field.getElement().setProperty("_inputElementValue", text);
        ElementUtilsKt._fireDomEvent(field.getElement(),
                new DomEvent(field.getElement(), "unparsable-change", JsonNodeFactory.instance.objectNode()));
    }
}
