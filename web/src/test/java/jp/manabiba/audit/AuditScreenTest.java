package jp.manabiba.audit;

import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.audit.ui.AuditLogView;
import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.NewAccount;
import jp.manabiba.security.Role;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit screen speaks the administrator's language: actions, kinds of record and screens translated. */
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
}
