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
import jp.manabiba.security.SignInFailureHandler;
import jp.manabiba.security.SignInRestingException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in: a username and password, and a button for each configured provider (Google, Microsoft). After a
 * refused sign-in it says why, in the user's language, keeping the name that was typed. Children (by
 * {@code ?learner}, or on a device a child signed in on) get the form and its refusals in kana.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "/login";
    /** {@code /login?learner}: the children's sign-in, in kana (the address on a child's sign-in card). */
    public static final String LEARNER_PARAMETER = "learner";
    /** {@code /login?expired}: the form was sent without a valid CSRF token, e.g. after its session ended. */
    public static final String EXPIRED_PARAMETER = "expired";

    private final LoginForm form = new LoginForm();
    private final Paragraph refusal = new Paragraph();
    private String typedName = "";
    private boolean learner;

    public LoginView(OidcClientRegistrations registrations) {
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

    /** The form's texts; the children's sign-in has its own, in kana ({@code login.learner.*}). */
    private LoginI18n loginI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(text("login.form.title"));
        i18n.getForm().setUsername(text("login.form.username"));
        i18n.getForm().setPassword(text("login.form.password"));
        i18n.getForm().setSubmit(text("login.form.submit"));
        i18n.getErrorMessage().setTitle(text("login.error.title"));
        i18n.getErrorMessage().setMessage(text("login.error.message"));
        i18n.getErrorMessage().setUsername(text("login.error.username"));
        i18n.getErrorMessage().setPassword(text("login.error.password"));
        return i18n;
    }

    private String text(String key, Object... parameters) {
        return getTranslation(learner ? key.replace("login.", "login.learner.") : key, parameters);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey(LEARNER_PARAMETER) || LearnerDevice.isLearnerDevice()) {
            learner = true;
            addClassName("learner-login");
            form.setI18n(loginI18n());
            // the refused attempt comes back to the children's page, so a child is never met by kanji
            form.setAction("login?" + LEARNER_PARAMETER);
        }
        if (parameters.containsKey(EXPIRED_PARAMETER)) {
            showRefusal(text("login.expired"));
        }
        if (!parameters.containsKey("error")) {
            return;
        }
        keepTypedName();
        Optional<Object> failure = takeLastFailure();
        if (failure.isPresent() && failure.get() instanceof SignInRestingException resting) {
            // the same words whether or not the name is an account's: the answer does not tell which names exist
            showRefusal(text("login.resting", resting.minutes()));
        } else if (failure.isPresent() && failure.get() instanceof OAuth2AuthenticationException oauth2) {
            showRefusal(getTranslation(OidcRefusal.ofCode(oauth2.getError().getErrorCode())
                    .map(OidcRefusal::messageKey).orElse("login.refused.failed")));
        } else if (learner) {
            showRefusal(text("login.error.message"));
        } else {
            form.setError(true);
        }
    }

    /** The name typed in the refused attempt goes back into its field; the password field stays empty. */
    private void keepTypedName() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return;
        }
        Object typed = session.getSession().getAttribute(SignInFailureHandler.TYPED_NAME);
        session.getSession().removeAttribute(SignInFailureHandler.TYPED_NAME);
        if (typed instanceof String name && !name.isBlank()) {
            typedName = name;
            form.getElement().executeJs("""
                    const form = this;
                    customElements.whenDefined('vaadin-login-form')
                      .then(() => form.updateComplete)
                      .then(() => {
                        const name = form.querySelector('#vaadinLoginUsername');
                        if (name) { name.value = $0; }
                        const password = form.querySelector('#vaadinLoginPassword');
                        if (password) { password.focus(); }
                      });""", name);
        }
    }

    /** The name shown again after a refused attempt (empty when there is none). */
    public String typedName() {
        return typedName;
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
