package jp.manabiba.tutoring.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import jp.manabiba.tutoring.SessionRow;

/** A child's next few sessions, in few words: the day, the time, online or not, or that it is off and why. */
public class UpcomingSessions extends Div {

    private static final int SHOWN = 5;

    public UpcomingSessions(List<SessionRow> upcoming) {
        addClassName("upcoming");
        if (upcoming.isEmpty()) {
            return;
        }
        DateTimeFormatter when = DateTimeFormatter.ofPattern(getTranslation("upcoming.format"), getLocale())
                .withZone(ZoneId.of("Asia/Tokyo"));
        UnorderedList list = new UnorderedList();
        upcoming.stream().limit(SHOWN).forEach(row -> list.add(new ListItem(when.format(row.startsAt()) + "  "
                + (row.cancelledReason() != null ? getTranslation("upcoming.off", row.cancelledReason())
                : row.online() ? getTranslation("today.online") : row.title()))));
        add(new H3(getTranslation("upcoming.title")), list);
    }
}
