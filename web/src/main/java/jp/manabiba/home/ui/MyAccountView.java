package jp.manabiba.home.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.ui.LanguageSelect;
import jp.manabiba.security.AccountService;
import jp.manabiba.security.MyAccount;
import jp.manabiba.security.Roles;
import jp.manabiba.tutoring.CalendarFeeds;
import jp.manabiba.tutoring.ui.CalendarFeedSection;

/**
 * The user's own account: who they are here, and the language the account remembers. Adults only: children have
 * their own settings page in their words ({@link ChildSettingsView}).
 */
@Route("account")
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER, Roles.COORDINATOR, Roles.ADMIN})
public class MyAccountView extends Main implements HasDynamicTitle {

    public MyAccountView(AccountService accounts, CalendarFeeds calendarFeeds) {
        addClassName("my-account");
        MyAccount me = accounts.myAccount();

        FormLayout details = new FormLayout();
        details.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        details.setMaxWidth("40rem");
        details.addFormItem(new Span(me.displayName()), getTranslation("account.display-name"));
        details.addFormItem(new Span(me.username()), getTranslation("account.username"));
        details.addFormItem(new Span(me.email() == null ? getTranslation("account.none") : me.email()),
                getTranslation("account.email"));
        details.addFormItem(new Span(me.roles().stream().sorted()
                .map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(getTranslation("list.separator")))), getTranslation("account.roles"));
        details.addFormItem(new Span(linkedProviders(me)), getTranslation("account.linked"));

        LanguageSelect language = new LanguageSelect(me.language(), chosen -> {
            accounts.changeMyLanguage(chosen);
            LanguageSelect.applyToSession(chosen);
        });
        add(details, language, new CalendarFeedSection(calendarFeeds));
    }

    private String linkedProviders(MyAccount me) {
        if (me.linkedToGoogle() && me.linkedToMicrosoft()) {
            return getTranslation("account.linked.both");
        }
        if (me.linkedToGoogle()) {
            return getTranslation("account.linked.google");
        }
        return getTranslation(me.linkedToMicrosoft() ? "account.linked.microsoft" : "account.none");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
