package jp.manabiba.training.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import jp.manabiba.i18n.Language;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.training.WorkshopRow;

/** How the workshop screens write a workshop's time and modules, the same on each. */
final class WorkshopTexts {

    /** Dates as the date pickers write them (base.ui.DateFields), times in Takatsuki. */
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd H:mm")
            .withZone(ProgrammeZone.TOKYO);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm").withZone(ProgrammeZone.TOKYO);

    private WorkshopTexts() {
    }

    static String when(WorkshopRow row) {
        return DAY_TIME.format(row.startsAt()) + "–" + TIME.format(row.endsAt());
    }

    static String modules(WorkshopRow row, Component anchor) {
        Locale locale = locale();
        return row.modules().stream().map(module -> module.title(locale)).collect(Collectors.joining("、"));
    }

    /** The reader's language (a component's own getLocale is not public). */
    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Language.DEFAULT.locale();
    }

    static String seats(WorkshopRow row, Component anchor) {
        String seats = anchor.getTranslation("training.workshop.seats-count", row.booked(), row.capacity());
        return row.waiting() == 0 ? seats : seats + " " + anchor.getTranslation("training.workshop.waiting-count", row.waiting());
    }
}
