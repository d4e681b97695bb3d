package jp.manabiba.security;

import java.time.Duration;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import jp.manabiba.security.ui.LoginView;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.WebAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page tells a refused user why, in their language, and offers only the configured providers. */
class LoginViewTest extends KaribuTest {

    @Test
    void without_configured_providers_there_are_no_provider_buttons() {
        UI.getCurrent().navigate(LoginView.class);

        assertThat(LocatorJ._find(Anchor.class)).noneMatch(a -> a.getHref().startsWith("/oauth2/"));
    }

    @Test
    void a_wrong_password_shows_the_forms_error() {
        refusedWith(new BadCredentialsException("wrong"));

        assertThat(LocatorJ._get(LoginForm.class).isError()).isTrue();
        assertThat(LocatorJ._find(Paragraph.class, spec -> spec.withClasses("login-refusal"))).isEmpty();
    }

    @Test
    void a_resting_sign_in_is_told_how_long_to_wait_without_saying_whether_the_account_exists() {
        refusedWith(new SignInRestingException(Duration.ofMinutes(10)));

        assertThat(refusal().isVisible()).isTrue();
        assertThat(refusal().getText()).isEqualTo(
                "サインインの失敗が続いたため、しばらくサインインできません。10 分ほど待ってから、もう一度ためしてください。");
        assertThat(LocatorJ._get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void a_resting_childs_sign_in_is_told_in_kana_and_keeps_the_name() {
        VaadinSession.getCurrent().getSession().setAttribute(SignInFailureHandler.TYPED_NAME, "hinata");
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInRestingException(Duration.ofSeconds(200)));

        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.LEARNER_PARAMETER, "").merging("error", ""));

        assertThat(refusal().getText()).isEqualTo("なんかいも ちがったので、4ぷん まってから もういちど やってみてね。");
        assertThat(LocatorJ._get(LoginView.class).typedName()).isEqualTo("hinata");
    }

    @Test
    void a_refused_school_account_is_told_why_in_english_when_english_was_chosen() {
        VaadinSession.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);

        refusedWith(new OAuth2AuthenticationException(new OAuth2Error(OidcRefusal.DOMAIN_NOT_ALLOWED.code())));

        assertThat(refusal().getText()).isEqualTo("Accounts of this Google organisation cannot sign in here. "
                + "Please use the account your school gave you.");
    }

    @Test
    void an_unknown_account_is_told_to_ask_a_coordinator() {
        refusedWith(new OAuth2AuthenticationException(new OAuth2Error(OidcRefusal.UNKNOWN_ACCOUNT.code())));

        assertThat(refusal().getText()).contains("コーディネーター");
    }

    @Test
    void a_childs_failed_sign_in_is_said_in_kana_and_keeps_the_name() {
        VaadinSession.getCurrent().getSession().setAttribute(SignInFailureHandler.TYPED_NAME, "hinata");
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("wrong"));

        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.LEARNER_PARAMETER, "").merging("error", ""));

        assertThat(refusal().getText()).isEqualTo("なまえか パスワードが ちがうよ。もういちど やってみてね。");
        LoginView view = LocatorJ._get(LoginView.class);
        assertThat(view.typedName()).isEqualTo("hinata");
        assertThat(LocatorJ._get(LoginForm.class).getAction()).isEqualTo("login?learner");
    }

    @Test
    void an_adults_failed_sign_in_keeps_the_name_too() {
        VaadinSession.getCurrent().getSession().setAttribute(SignInFailureHandler.TYPED_NAME, "coordinator");

        refusedWith(new BadCredentialsException("wrong"));

        assertThat(LocatorJ._get(LoginView.class).typedName()).isEqualTo("coordinator");
        assertThat(LocatorJ._get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void a_sign_in_page_left_open_too_long_asks_a_child_to_type_again_in_kana() {
        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.LEARNER_PARAMETER, "")
                .merging(LoginView.EXPIRED_PARAMETER, ""));

        assertThat(refusal().isVisible()).isTrue();
        assertThat(refusal().getText()).isEqualTo("じかんが たったので、もういちど なまえと パスワードを いれてね。");
    }

    private static void refusedWith(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
    }

    private static Paragraph refusal() {
        return LocatorJ._get(Paragraph.class, spec -> spec.withClasses("login-refusal"));
    }
}
