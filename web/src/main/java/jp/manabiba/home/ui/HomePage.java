package jp.manabiba.home.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The common frame of a role's home: a greeting and an honest word about what is here and what is coming.
 * Later issues replace the "coming" paragraphs with the real content.
 */
abstract class HomePage extends Main implements HasDynamicTitle {

    private final String titleKey;
    /** The greeting, for a home that shows it otherwise (a child's, with furigana). */
    protected final H2 greeting;

    HomePage(String titleKey, String displayName) {
        this.titleKey = titleKey;
        addClassNames("home", getClass().getSimpleName().replace("View", "").toLowerCase());
        greeting = new H2(getTranslation("home.greeting", displayName));
        add(greeting);
    }

    /** A paragraph that says plainly what a later step of the project will put here. */
    protected Paragraph coming(String key) {
        Paragraph paragraph = new Paragraph(getTranslation(key));
        paragraph.addClassName("coming");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
