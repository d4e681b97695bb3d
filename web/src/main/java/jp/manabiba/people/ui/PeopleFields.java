package jp.manabiba.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import jp.manabiba.people.HomeLanguage;

/** Choices that several people forms share, set up the same way everywhere. */
final class PeopleFields {

    private PeopleFields() {
    }

    static void homeLanguage(Select<HomeLanguage> select, Component view) {
        select.setLabel(view.getTranslation("household.language"));
        select.setItems(HomeLanguage.values());
        select.setItemLabelGenerator(language -> view.getTranslation("home-language." + language.name()));
        select.setValue(HomeLanguage.JA);
    }
}
