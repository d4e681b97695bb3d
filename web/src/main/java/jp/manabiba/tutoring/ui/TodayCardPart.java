package jp.manabiba.tutoring.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.tutoring.TodaySession;

/**
 * Content a later feature adds inside the child's session card while the session runs (assignments' "today's
 * work"): beans of this type, handed to {@link TodayCard} by the home. Texts for the child's reader.
 */
public interface TodayCardPart {

    /** What to show for this running session, if anything. */
    Optional<Component> content(TodaySession session, ReaderGrade reader);

    /**
     * Asks to be told when the content would change; {@code redraw} may be called on any thread (the card goes
     * through UI.access itself). Returns the action that removes the registration (run on detach).
     */
    Runnable subscribe(TodaySession session, Runnable redraw);
}
