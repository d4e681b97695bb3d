package jp.manabiba.home.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jp.manabiba.i18n.Language;
import jp.manabiba.i18n.ui.LanguageSelect;
import jp.manabiba.security.AccountService;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The language a user picks is remembered by their account, not only by the browser. */
class MyAccountViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void signIn() {
        KaribuSupport.signIn(TestPrincipal.demo(context, "volunteer"));
    }

    @Test
    void choosing_english_is_saved_to_the_account_and_applied_to_the_session() {
        UI.getCurrent().navigate(MyAccountView.class);

        _setValue(LocatorJ._get(LanguageSelect.class), Language.EN, true);

        assertThat(accounts.myLanguage()).isEqualTo(Language.EN);
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("en");

        _setValue(LocatorJ._get(LanguageSelect.class), Language.JA, true);
        assertThat(accounts.myLanguage()).isEqualTo(Language.JA);
    }
}
