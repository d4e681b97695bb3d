package jp.manabiba.assignments.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jp.manabiba.assignments.AnsweringLayout;

/**
 * All questions on one page or one at a time, as the child chose (kept on the server by {@link AnsweringLayout}):
 * the choice's two buttons and the pager under the questions.
 */
final class QuestionPager {

    private final AnsweringLayout layout;
    private final Div pager = new Div();
    private final Span position = new Span();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button allOnOnePage = new Button();
    private final Button oneByOne = new Button();
    private List<QuestionPanel> panels = List.of();
    private boolean oneAtATime;
    private int current;

    QuestionPager(AnsweringLayout layout) {
        this.layout = layout;
        oneAtATime = layout.oneAtATime();
        previous.setText(pager.getTranslation("work.previous"));
        previous.addClickListener(click -> go(current - 1));
        next.setText(pager.getTranslation("work.next"));
        next.addClickListener(click -> go(current + 1));
        previous.addClassName("big-button");
        next.addClassName("big-button");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        position.addClassName("pager-position");
        pager.addClassName("work-pager");
        pager.add(previous, position, next);
        allOnOnePage.setText(pager.getTranslation("work.layout.all"));
        allOnOnePage.addClickListener(click -> choose(false));
        oneByOne.setText(pager.getTranslation("work.layout.one"));
        oneByOne.addClickListener(click -> choose(true));
    }

    /** The layout choice, for work of more than one question. */
    Div choice() {
        Div choice = new Div(new Span(pager.getTranslation("work.layout.label")), allOnOnePage, oneByOne);
        choice.addClassName("layout-choice");
        return choice;
    }

    Div pager() {
        return pager;
    }

    /** The panels now on screen (after every redraw). */
    void panels(List<QuestionPanel> shown) {
        panels = List.copyOf(shown);
        current = Math.min(current, Math.max(0, panels.size() - 1));
        apply();
    }

    boolean oneAtATime() {
        return oneAtATime;
    }

    private void choose(boolean oneAtATime) {
        layout.chooseOneAtATime(oneAtATime);
        this.oneAtATime = oneAtATime;
        apply();
    }

    void go(int index) {
        current = Math.max(0, Math.min(index, panels.size() - 1));
        apply();
    }

    private void apply() {
        boolean paged = oneAtATime && panels.size() > 1;
        for (int i = 0; i < panels.size(); i++) {
            panels.get(i).setVisible(!paged || i == current);
        }
        pager.setVisible(paged);
        position.setText(pager.getTranslation("work.position", current + 1, panels.size()));
        previous.setEnabled(current > 0);
        next.setEnabled(current < panels.size() - 1);
        allOnOnePage.getElement().setAttribute("aria-pressed", String.valueOf(!oneAtATime));
        oneByOne.getElement().setAttribute("aria-pressed", String.valueOf(oneAtATime));
        allOnOnePage.setClassName("layout-chosen", !oneAtATime);
        oneByOne.setClassName("layout-chosen", oneAtATime);
    }
}
