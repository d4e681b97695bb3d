package jp.manabiba.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.learning.ActionState;
import jp.manabiba.learning.MyUnitCard;

/**
 * A unit's way as a row of steps a child can read at a glance: a star for the start rating, a dot per lesson,
 * a flag for the community action (outlined: not yet, orange: planned, green: done) and a star for the end
 * rating; filled when done. Screen readers get the same as one sentence ({@link #description()}).
 */
public class UnitProgress extends Div {

    private final String description;

    public UnitProgress(MyUnitCard unit) {
        addClassName("unit-progress");
        getElement().setAttribute("role", "img");
        step(VaadinIcon.STAR, "rating", unit.ratedAtStart() ? "done" : "todo");
        for (int lesson = 0; lesson < unit.lessonsTotal(); lesson++) {
            step(VaadinIcon.CIRCLE, "lesson", lesson < unit.lessonsDone() ? "done" : "todo");
        }
        step(VaadinIcon.FLAG, "action", unit.action() == null ? "todo"
                : unit.action() == ActionState.REPORTED ? "done" : "planned");
        step(VaadinIcon.STAR, "rating", unit.ratedAtEnd() ? "done" : "todo");
        String action = getTranslation("learning.progress.action." + (unit.action() == null ? "none" : unit.action().name()));
        description = getTranslation("learning.progress.text", rated(unit.ratedAtStart()), unit.lessonsTotal(),
                unit.lessonsDone(), action, rated(unit.ratedAtEnd()));
        getElement().setAttribute("aria-label", description);
        setTitle(description);
    }

    /** The picture in words, as screen readers read it. */
    public String description() {
        return description;
    }

    private String rated(boolean rated) {
        return getTranslation(rated ? "learning.progress.rated" : "learning.progress.not-yet");
    }

    private void step(VaadinIcon shape, String kind, String state) {
        Icon icon = shape.create();
        icon.addClassNames("progress-step", "progress-" + kind, "progress-" + state);
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon);
    }
}
