package jp.manabiba.i18n.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import jp.manabiba.i18n.Language;

/** Picks the interface language; each language is named in itself, so anyone can find their own. */
public class LanguageSelect extends Select<Language> {

    public LanguageSelect(Language current, Consumer<Language> onChange) {
        setItems(Language.values());
        setItemLabelGenerator(language -> getTranslation("language." + language.tag()));
        setValue(current);
        setLabel(getTranslation("language.label"));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                onChange.accept(event.getValue());
            }
        });
    }

    /** Switches this browser session to the language and redraws the page in it. */
    public static void applyToSession(Language language) {
        VaadinSession.getCurrent().setLocale(language.locale());
        UI.getCurrent().getPage().reload();
    }
}
