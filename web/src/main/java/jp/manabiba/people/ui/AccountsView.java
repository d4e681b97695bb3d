package jp.manabiba.people.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.ui.ServerAddress;
import jp.manabiba.base.ui.Notices;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.AccountRow;
import jp.manabiba.security.Roles;

/** Every account, for administrators: switch one off or on again, or give a local account a new password. */
@Route("accounts")
@RolesAllowed(Roles.ADMIN)
public class AccountsView extends Main implements HasDynamicTitle {

    private final AccountAdministration accounts;
    private final Grid<AccountRow> grid = new Grid<>();
    private final TextField search = new TextField();

    public AccountsView(AccountAdministration accounts) {
        this.accounts = accounts;
        addClassNames("people-view", "accounts-view");
        search.setPlaceholder(getTranslation("accounts.search"));
        search.setAriaLabel(getTranslation("accounts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.addColumn(AccountRow::username).setHeader(getTranslation("account.username")).setAutoWidth(true);
        grid.addColumn(AccountRow::displayName).setHeader(getTranslation("account.display-name")).setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(getTranslation("list.separator")))).setHeader(getTranslation("account.roles"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "accounts.enabled" : "accounts.disabled")).setHeader(getTranslation("accounts.state"));
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setItems(query -> accounts.page(search.getValue(), query.getOffset(), query.getLimit()).stream());
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("empty.accounts"));
        add(search, grid);
    }

    /** Switching an account off and replacing its password lock someone out: each asks once before it acts. */
    private Div actions(AccountRow account) {
        Button toggle = new Button(getTranslation(account.enabled() ? "accounts.disable" : "accounts.enable"), click -> {
            if (account.enabled()) {
                confirm(account, "accounts.disable", "accounts.disable.confirm", () -> setEnabled(account, false));
            } else {
                setEnabled(account, true);
            }
        });
        toggle.addThemeVariants(account.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_TERTIARY);
        Button reset = new Button(getTranslation("accounts.new-password"), click -> confirm(account,
                "accounts.new-password", "accounts.new-password.confirm",
                () -> new SignInCardDialog(accounts.resetPassword(account.id()), ServerAddress.origin()).open()));
        reset.setVisible(account.local());
        return new Div(toggle, reset);
    }

    private void setEnabled(AccountRow account, boolean enabled) {
        try {
            accounts.setEnabled(account.id(), enabled);
            grid.getDataProvider().refreshAll();
        } catch (InvalidInput refusal) {
            Notices.error(this, refusal.messageKey());
        }
    }

    private void confirm(AccountRow account, String actionKey, String questionKey, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation(actionKey),
                getTranslation(questionKey, account.displayName(), account.username()), getTranslation(actionKey),
                yes -> action.run());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
