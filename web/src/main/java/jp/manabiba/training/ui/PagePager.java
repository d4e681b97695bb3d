package jp.manabiba.training.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import jp.manabiba.training.StudyPage;

/**
 * A module's pages one at a time, with previous and next; after the last page, next goes on to the quiz. The
 * quiz can also be opened from any page (a supporter renewing a module they know).
 */
final class PagePager extends Section {

    private final List<StudyPage> pages;
    private final H3 title = new H3();
    private final Div text = new Div();
    private final Span position = new Span();
    private final Button previous = new Button();
    private final Button next = new Button();
    private int index;

    PagePager(List<StudyPage> pages, Runnable toQuiz) {
        this.pages = pages;
        addClassName("training-pages");
        text.addClassNames("child-markdown", "training-page-text");
        position.addClassName("training-page-position");
        previous.setText(getTranslation("training.reader.previous"));
        previous.addClassName("training-page-previous");
        previous.addClickListener(click -> show(index - 1));
        next.addClassName("training-page-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> {
            if (index + 1 < pages.size()) {
                show(index + 1);
            } else {
                toQuiz.run();
            }
        });
        Button quiz = new Button(getTranslation("training.reader.skip-to-quiz"), click -> toQuiz.run());
        quiz.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        quiz.addClassName("training-skip-to-quiz");
        Div navigation = new Div(previous, position, next, quiz);
        navigation.addClassName("training-page-navigation");
        add(title, text, navigation);
        show(0);
    }

    void show(int page) {
        index = Math.max(0, Math.min(page, pages.size() - 1));
        StudyPage shown = pages.get(index);
        title.setText(shown.title());
        // a page whose text opens with its own heading needs no second one above it
        title.setVisible(!shown.html().stripLeading().matches("(?s)<h[1-6][\\s>].*"));
        text.getElement().setProperty("innerHTML", shown.html()); // ChildMarkdown's allow-listed HTML only
        position.setText(getTranslation("training.reader.position", index + 1, pages.size()));
        previous.setEnabled(index > 0);
        next.setText(getTranslation(index + 1 < pages.size() ? "training.reader.next" : "training.reader.to-quiz"));
    }
}
