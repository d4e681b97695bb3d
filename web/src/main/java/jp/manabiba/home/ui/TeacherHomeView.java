package jp.manabiba.home.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.assignments.ui.ResultsView;
import jp.manabiba.base.ui.Screenful;
import jp.manabiba.learning.ui.GrowthView;
import jp.manabiba.people.MyPupils;
import jp.manabiba.people.PupilRow;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;
import jp.manabiba.tutoring.AttendanceReports;
import jp.manabiba.tutoring.PupilAttendance;

/** A teacher's home: their own school's pupils who take part and whose guardians consented to sharing. */
@Route("teacher")
@RolesAllowed(Roles.TEACHER)
public class TeacherHomeView extends HomePage {

    public TeacherHomeView(CurrentUser currentUser, MyPupils pupils, AttendanceReports reports) {
        super("home.teacher.title", currentUser.require().displayName());
        Grid<PupilRow> grid = new Grid<>();
        grid.addColumn(PupilRow::fullName).setHeader(getTranslation("learner.name"));
        grid.addColumn(PupilRow::kana).setHeader(getTranslation("learner.kana"));
        grid.addColumn(p -> p.grade() == null ? "" : getTranslation("grade." + p.grade().name())).setHeader(getTranslation("learner.grade"));
        grid.addColumn(p -> p.homeClass() == null ? "" : p.homeClass()).setHeader(getTranslation("learner.home-class"));
        Screenful.show(grid, pupils.list());
        grid.setEmptyStateText(getTranslation("empty.teacher-pupils"));
        Grid<PupilAttendance> attendance = new Grid<>();
        attendance.addColumn(PupilAttendance::name).setHeader(getTranslation("learner.name"));
        attendance.addColumn(p -> p.perMonth().entrySet().stream()
                .map(e -> getTranslation("teacher.month", e.getKey().getMonthValue(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(getTranslation("list.separator")))).setHeader(getTranslation("teacher.per-month")).setFlexGrow(3);
        attendance.addColumn(p -> getTranslation("teacher.year-total", p.attended(), p.held())).setHeader(getTranslation("teacher.year"));
        Screenful.show(attendance, reports.myPupils());
        attendance.setEmptyStateText(getTranslation("empty.teacher-attendance"));
        add(new H3(getTranslation("teacher.pupils")), grid, new H3(getTranslation("teacher.attendance")), attendance,
                new H3(getTranslation("teacher.progress")),
                new Div(new RouterLink(getTranslation("teacher.progress.work"), ResultsView.class)),
                new Div(new RouterLink(getTranslation("teacher.progress.growth"), GrowthView.class)));
    }
}
