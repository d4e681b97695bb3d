package jp.manabiba.tutoring.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import jp.manabiba.base.ui.Screenful;
import jp.manabiba.tutoring.SessionRow;

/**
 * A tutor's sessions of the next two weeks, and a button for the later ones: a tutor in a daily series would
 * otherwise scroll past two months of dates. The later ones join the same grid, which then scrolls in one screenful.
 */
public class ComingSessions extends Div {

    static final Duration FIRST_SHOWN = Duration.ofDays(14);

    private final MySessionsGrid grid = new MySessionsGrid();

    public ComingSessions(List<SessionRow> sessions, Clock clock) {
        Instant horizon = clock.instant().plus(FIRST_SHOWN);
        List<SessionRow> soon = sessions.stream().filter(row -> row.startsAt().isBefore(horizon)).toList();
        Screenful.show(grid, soon);
        add(grid);
        int later = sessions.size() - soon.size();
        if (later > 0) {
            Button more = new Button(getTranslation("supporter.more-sessions", later));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.addClassName("more-sessions");
            more.addClickListener(click -> {
                Screenful.show(grid, sessions);
                remove(more);
            });
            add(more);
        }
    }
}
