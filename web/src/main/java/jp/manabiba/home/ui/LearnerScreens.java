package jp.manabiba.home.ui;

import com.vaadin.flow.component.HasStyle;
import jp.manabiba.people.TextSize;

/** What every child's screen shares: the text size the child chose. */
final class LearnerScreens {

    private LearnerScreens() {
    }

    static void applyTextSize(HasStyle screen, TextSize size) {
        screen.setClassName("text-large", size == TextSize.LARGE);
    }
}
