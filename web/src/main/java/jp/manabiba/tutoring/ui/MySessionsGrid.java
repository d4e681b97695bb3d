package jp.manabiba.tutoring.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.tutoring.SessionRow;

/** A tutor's coming sessions, each with the way to its live board; {@link ComingSessions} says which. */
class MySessionsGrid extends Grid<SessionRow> {

    MySessionsGrid() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ProgrammeZone.TOKYO);
        addColumn(row -> when.format(row.startsAt())).setHeader(getTranslation("sessions.when")).setAutoWidth(true);
        addColumn(SessionRow::title).setHeader(getTranslation("sessions.title-column"));
        addColumn(row -> row.online() ? getTranslation("sessions.online") : row.place()).setHeader(getTranslation("sessions.where"));
        addColumn(row -> row.cancelledReason() == null ? "" : getTranslation("sessions.cancelled", row.cancelledReason()))
                .setHeader(getTranslation("sessions.status"));
        addComponentColumn(row -> new Button(getTranslation("sessions.board"),
                click -> getUI().ifPresent(ui -> ui.navigate(SessionBoardView.class, row.id())))).setAutoWidth(true);
        addClassName("my-sessions");
        setEmptyStateText(getTranslation("empty.my-sessions"));
    }
}
