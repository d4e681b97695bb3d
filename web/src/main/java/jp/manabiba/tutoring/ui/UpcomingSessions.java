package jp.manabiba.tutoring.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;
import jp.manabiba.tutoring.SessionRow;

/**
 * A child's next few sessions, in few words: the day, the time, online or not, or that it is off and why; titles and
 * reasons with furigana for the child's reader ({@link ChildText}).
 */
public class UpcomingSessions extends Div {

    private static final int SHOWN = 5;

    public UpcomingSessions(List<SessionRow> upcoming, ChildTexts texts, ReaderGrade reader) {
        addClassName("upcoming");
        if (upcoming.isEmpty()) {
            // what would be here and that it comes by itself: a child has nothing to do to make it appear
            Paragraph none = new Paragraph();
            none.addClassName("upcoming-none");
            ChildText.appendTo(none, texts, getTranslation("empty.upcoming"), reader);
            add(new H3(getTranslation("upcoming.title")), none);
            return;
        }
        DateTimeFormatter when = DateTimeFormatter.ofPattern(getTranslation("upcoming.format"), getLocale())
                .withZone(ProgrammeZone.TOKYO);
        UnorderedList list = new UnorderedList();
        upcoming.stream().limit(SHOWN).forEach(row -> {
            ListItem item = new ListItem(when.format(row.startsAt()) + "  ");
            ChildText.appendTo(item, texts, row.cancelledReason() != null
                    ? getTranslation("upcoming.off", row.cancelledReason())
                    : row.online() ? getTranslation("today.online") : row.title(), reader);
            list.add(item);
        });
        add(new H3(getTranslation("upcoming.title")), list);
    }
}
