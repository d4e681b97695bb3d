package jp.manabiba.home.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.people.LearnerPreferences;
import jp.manabiba.people.TextSize;
import jp.manabiba.i18n.Language;
import jp.manabiba.security.AccountService;
import com.vaadin.flow.server.VaadinSession;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A child's settings: their own page in kana, three choices kept at once; adults cannot change a child's. */
class ChildSettingsViewTest extends KaribuTest {

    @Autowired
    LearnerPreferences preferences;
    @Autowired
    AccountService accounts;

    @Test
    void the_settings_link_on_a_childs_home_opens_the_childs_own_settings() {
        KaribuSupport.signIn(TestPrincipal.demo(context, "learner"));
        UI.getCurrent().navigate(LearnerHomeView.class);

        // the demo child's home also has big links into her units' lessons
        assertThat(LocatorJ._find(RouterLink.class, spec -> spec.withClasses("big-link")))
                .filteredOn(link -> link.getElement().getTextRecursively().contains("せってい"))
                .singleElement().extracting(RouterLink::getHref).isEqualTo("learner/settings");
    }

    @Test
    void a_child_chooses_furigana_and_text_size_and_they_are_kept() {
        TestPrincipal child = TestPrincipal.demo(context, "learner2");
        KaribuSupport.signIn(child);
        UI.getCurrent().navigate(ChildSettingsView.class);
        assertThat(LocatorJ._find(RadioButtonGroup.class)).extracting(RadioButtonGroup::getLabel)
                .containsExactly("ふりがな", "もじの おおきさ", "ことば / Language");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<FuriganaPreference> furigana = LocatorJ._get(RadioButtonGroup.class, spec -> spec.withLabel("ふりがな"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<TextSize> size = LocatorJ._get(RadioButtonGroup.class, spec -> spec.withLabel("もじの おおきさ"));
        _setValue(furigana, FuriganaPreference.NONE);
        _setValue(size, TextSize.LARGE);

        Acting acting = new Acting(context);
        assertThat(acting.as(child, () -> preferences.mine().furigana())).isEqualTo(FuriganaPreference.NONE);
        assertThat(acting.as(child, () -> preferences.mine().textSize())).isEqualTo(TextSize.LARGE);
        UI.getCurrent().navigate(LearnerHomeView.class);
        assertThat(KaribuSupport.currentView().getElement().getClassList()).contains("text-large");
        acting.as(child, () -> preferences.changeTextSize(TextSize.NORMAL));
    }

    @Test
    void a_child_chooses_english_and_it_is_kept_on_the_account() {
        KaribuSupport.signIn(TestPrincipal.demo(context, "learner3"));
        UI.getCurrent().navigate(ChildSettingsView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Language> language = LocatorJ._get(RadioButtonGroup.class, spec -> spec.withLabel("ことば / Language"));

        _setValue(language, Language.EN);

        assertThat(accounts.myLanguage()).isEqualTo(Language.EN);
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        accounts.changeMyLanguage(Language.JA);
    }

    @Test
    void only_a_child_has_child_settings() {
        Acting acting = new Acting(context);
        assertThatThrownBy(() -> acting.as(TestPrincipal.demo(context, "tutor"), () -> preferences.mine()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as(TestPrincipal.demo(context, "coordinator"),
                () -> preferences.changeFurigana(FuriganaPreference.NONE))).isInstanceOf(AccessDeniedException.class);
    }
}
