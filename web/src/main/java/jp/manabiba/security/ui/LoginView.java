package jp.manabiba.security.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.manabiba.i18n.Language;
import jp.manabiba.i18n.ui.LanguageSelect;
import jp.manabiba.security.IdentityProvider;
import jp.manabiba.security.OidcClientRegistrations;
import jp.manabiba.security.OidcRefusal;
import jp.manabiba.security.SignInProperties;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in: a username and password, and a button for each configured provider (Google, Microsoft). After a
 * refused sign-in it says why, in the user's language.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "/login";

    private final LoginForm form = new LoginForm();
    private final Paragraph refusal = new Paragraph();
    private final SignInProperties signIn;

    public LoginView(OidcClientRegistrations registrations, SignInProperties signIn) {
        this.signIn = signIn;
        addClassName("login-view");

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));

        refusal.addClassName("login-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);

        form.setAction("login");
        form.setI18n(loginI18n());
        form.setForgotPasswordButtonVisible(false);

        Div providers = new Div();
        providers.addClassName("login-providers");
        for (IdentityProvider provider : registrations.configuredProviders()) {
            Anchor button = new Anchor(provider.authorizationPath(),
                    getTranslation("login.with." + provider.registrationId()));
            button.setRouterIgnore(true); // a plain browser request: it leaves for the provider's page
            button.addClassNames("login-provider", "login-provider-" + provider.registrationId());
            providers.add(button);
        }
        providers.setVisible(!registrations.isEmpty());

        Language language = Language.of(getLocale());
        LanguageSelect languageSelect = new LanguageSelect(language, LanguageSelect::applyToSession);
        languageSelect.addClassName("login-language");

        Div card = new Div(title, tagline, refusal, providers, form, languageSelect);
        card.addClassName("login-card");
        add(card);
    }

    private LoginI18n loginI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.form.username"));
        i18n.getForm().setPassword(getTranslation("login.form.password"));
        i18n.getForm().setSubmit(getTranslation("login.form.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        Optional<Object> failure = takeLastFailure();
        if (failure.isPresent() && failure.get() instanceof LockedException) {
            showRefusal(getTranslation("login.locked", signIn.lockout().toMinutes()));
        } else if (failure.isPresent() && failure.get() instanceof OAuth2AuthenticationException oauth2) {
            showRefusal(getTranslation(OidcRefusal.ofCode(oauth2.getError().getErrorCode())
                    .map(OidcRefusal::messageKey).orElse("login.refused.failed")));
        } else {
            form.setError(true);
        }
    }

    /** Spring Security leaves the reason of the last refused sign-in in the session; read it once. */
    private static Optional<Object> takeLastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        WrappedSession http = session.getSession();
        Object failure = http.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        http.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return Optional.ofNullable(failure);
    }

    private void showRefusal(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
