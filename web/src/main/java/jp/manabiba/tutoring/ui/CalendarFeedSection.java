package jp.manabiba.tutoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.ServerAddress;
import jp.manabiba.tutoring.CalendarFeeds;

/** The user's secret calendar address: make it (shown once), make a new one, or switch it off. */
public class CalendarFeedSection extends Div {

    private final CalendarFeeds feeds;

    public CalendarFeedSection(CalendarFeeds feeds) {
        this.feeds = feeds;
        addClassName("calendar-feed");
        draw(null);
    }

    private void draw(String newToken) {
        removeAll();
        add(new H2(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.help")));
        if (newToken != null) {
            TextField address = new TextField(getTranslation("calendar.address"));
            address.setValue(ServerAddress.origin() + "/calendar/" + newToken + ".ics");
            address.setReadOnly(true);
            address.setWidthFull();
            add(address, new Paragraph(getTranslation("calendar.shown-once")));
        }
        Button renew = new Button(getTranslation(feeds.active() ? "calendar.renew" : "calendar.create"),
                click -> draw(feeds.renew()));
        add(renew);
        if (feeds.active()) {
            add(new Button(getTranslation("calendar.revoke"), click -> {
                feeds.revoke();
                draw(null);
            }));
        }
    }

}
