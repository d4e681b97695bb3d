package jp.manabiba.tutoring.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import jp.manabiba.base.ui.Screenful;
import jp.manabiba.tutoring.SessionRow;

/** Attendance per series on the coordinator's list: sessions held, and how many of the places enrolled were used. */
class SeriesAttendance extends Grid<SeriesAttendance.Line> {

    record Line(String series, int held, int attended, int enrolled) {
    }

    SeriesAttendance() {
        addColumn(Line::series).setHeader(getTranslation("sessions.series"));
        addColumn(Line::held).setHeader(getTranslation("sessions.held"));
        addColumn(line -> line.enrolled() == 0 ? "" : getTranslation("sessions.rate",
                Math.round(100.0 * line.attended() / line.enrolled()), line.attended(), line.enrolled()))
                .setHeader(getTranslation("sessions.attendance-rate"));
        addClassName("series-attendance");
        setEmptyStateText(getTranslation("empty.series-attendance"));
    }

    void show(List<SessionRow> sessions) {
        Map<String, Line> lines = new LinkedHashMap<>();
        sessions.stream().filter(SessionRow::ended).filter(s -> s.cancelledReason() == null).forEach(s ->
                lines.merge(s.title(), new Line(s.title(), 1, s.attended(), s.enrolled()),
                        (a, b) -> new Line(a.series(), a.held() + 1, a.attended() + b.attended(), a.enrolled() + b.enrolled())));
        Screenful.show(this, List.copyOf(lines.values()));
    }
}
