package jp.manabiba.home.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.Language;
import jp.manabiba.i18n.ui.LanguageSelect;
import jp.manabiba.people.ChildSettings;
import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.people.LearnerPreferences;
import jp.manabiba.people.TextSize;
import jp.manabiba.security.AccountService;
import jp.manabiba.security.Roles;

/**
 * A child's own settings, in their words (kana): furigana, text size and language, as three big choices and
 * nothing else. Each choice is kept at once; there is no save button to forget.
 */
@Route("learner/settings")
@RolesAllowed(Roles.LEARNER)
public class ChildSettingsView extends Main implements HasDynamicTitle {

    public ChildSettingsView(LearnerPreferences preferences, AccountService accounts) {
        addClassNames("home", "learner-screen", "child-settings");
        ChildSettings mine = preferences.mine();
        LearnerScreens.applyTextSize(this, mine.textSize());

        RadioButtonGroup<FuriganaPreference> furigana = choices("child-settings.furigana", FuriganaPreference.values(),
                mine.furigana(), f -> getTranslation("child-settings.furigana." + f.name()));
        furigana.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                preferences.changeFurigana(change.getValue());
            }
        });

        RadioButtonGroup<TextSize> size = choices("child-settings.text-size", TextSize.values(), mine.textSize(),
                s -> getTranslation("child-settings.text-size." + s.name()));
        size.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                LearnerScreens.applyTextSize(this, preferences.changeTextSize(change.getValue()).textSize());
            }
        });

        RadioButtonGroup<Language> language = choices("child-settings.language", Language.values(),
                accounts.myLanguage(), l -> getTranslation("language." + l.tag()));
        language.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                accounts.changeMyLanguage(change.getValue());
                LanguageSelect.applyToSession(change.getValue());
            }
        });

        RouterLink home = new RouterLink(LearnerHomeView.class);
        home.add(VaadinIcon.ARROW_LEFT.create(), new Span(getTranslation("child-settings.back")));
        home.addClassName("big-link");

        add(new H2(getTranslation("child-settings.title")), furigana, size, language, home);
    }

    private <T> RadioButtonGroup<T> choices(String labelKey, T[] items, T current,
                                            com.vaadin.flow.component.ItemLabelGenerator<T> label) {
        RadioButtonGroup<T> group = new RadioButtonGroup<>(getTranslation(labelKey));
        group.setItems(items);
        group.setItemLabelGenerator(label);
        group.setValue(current);
        group.addClassName("big-choices");
        return group;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("child-settings.title");
    }
}
