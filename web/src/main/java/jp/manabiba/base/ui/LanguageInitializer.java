package jp.manabiba.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jp.manabiba.i18n.Language;
import jp.manabiba.security.AccountPrincipal;
import jp.manabiba.security.AccountService;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;
import jp.manabiba.security.ui.LearnerDevice;
import org.springframework.stereotype.Component;

/**
 * Gives each browser session its language: the one the account remembers once someone has signed in, and
 * Japanese (or what was picked on the sign-in page) before that. The browser's own language is not consulted:
 * school devices are often set up in English while the children read Japanese. The connection indicator's
 * texts and Vaadin's own component texts ({@link ComponentTexts}) follow the language (and a child's words on a
 * child's screens).
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    private static final String RESOLVED_FOR = LanguageInitializer.class.getName() + ".resolvedFor";

    private final CurrentUser currentUser;
    private final AccountService accounts;

    LanguageInitializer(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    private void apply(UI ui) {
        VaadinSession session = ui.getSession();
        String who = currentUser.find().map(AccountPrincipal::username).orElse("");
        if (!who.equals(session.getAttribute(RESOLVED_FOR))) {
            Language language = who.isEmpty() ? Language.DEFAULT : accounts.myLanguage();
            session.setLocale(language.locale());
            session.setAttribute(RESOLVED_FOR, who);
        }
        ui.setLocale(session.getLocale());
        boolean child = forAChild();
        ConnectionTexts.apply(ui, child);
        ComponentTexts.install(ui, child);
    }

    /** A child's own account, or a device a child signed in on (the sign-in page before they sign in). */
    private boolean forAChild() {
        return currentUser.find().map(user -> user.roles().equals(java.util.Set.of(Role.LEARNER)))
                .orElseGet(LearnerDevice::isLearnerDevice);
    }
}
