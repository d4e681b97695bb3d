package jp.manabiba.tutoring.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.MyLearners;
import jp.manabiba.people.Participants;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.security.Roles;
import jp.manabiba.tutoring.Scheduling;
import jp.manabiba.tutoring.SessionRow;

/**
 * Sessions of the coming weeks, like a calendar list: a coordinator sees their organisations', a tutor or volunteer
 * their own. Plan a series, cancel a date, open a board.
 */
@Route("sessions")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER})
public class SessionsView extends Main implements HasDynamicTitle {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final Scheduling scheduling;
    private final Clock clock;
    private final Grid<SessionRow> grid = new Grid<>();
    private final SeriesAttendance perSeries = new SeriesAttendance();

    public SessionsView(Scheduling scheduling, Participants participants, LearnerRecords learners,
                        SupporterRecords supporters, MyLearners myLearners, Clock clock) {
        this.scheduling = scheduling;
        this.clock = clock;
        addClassNames("people-view", "sessions-view");
        // the date as the date pickers write it, in every language (DateFields)
        DateTimeFormatter when = DateTimeFormatter.ofPattern("uuuu/MM/dd H:mm").withZone(TOKYO);
        grid.addColumn(row -> when.format(row.startsAt())).setHeader(getTranslation("sessions.when")).setAutoWidth(true);
        grid.addColumn(SessionRow::title).setHeader(getTranslation("sessions.title-column")).setAutoWidth(true);
        grid.addColumn(row -> row.online() ? getTranslation("sessions.online") : row.place())
                .setHeader(getTranslation("sessions.where")).setAutoWidth(true);
        grid.addColumn(row -> row.enrolled() + " / " + row.capacity()).setHeader(getTranslation("sessions.enrolled"));
        grid.addColumn(row -> row.ended() ? String.valueOf(row.attended()) : "").setHeader(getTranslation("sessions.attended"));
        grid.addColumn(row -> row.cancelledReason() == null ? "" : getTranslation("sessions.cancelled", row.cancelledReason()))
                .setHeader(getTranslation("sessions.status"));
        grid.addComponentColumn(row -> new Div(
                new Button(getTranslation("sessions.board"), click -> getUI().ifPresent(ui -> ui.navigate(SessionBoardView.class, row.id()))),
                addToDate(row, participants, learners, supporters, myLearners), cancelButton(row))).setAutoWidth(true);
        grid.setSizeFull();
        grid.addClassName("sessions-grid");
        Button plan = new Button(getTranslation("sessions.new-series"), VaadinIcon.CALENDAR.create(),
                click -> SeriesDialog.create(scheduling, participants,
                        SeriesChoices.forCurrentUser(participants, learners, supporters, myLearners), clock, this::refresh).open());
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(plan, grid, new com.vaadin.flow.component.html.H3(getTranslation("sessions.per-series")), perSeries);
        refresh();
    }

    /** A child or a supporter for this one date: coordinators only, and not for a session that is over. */
    private Button addToDate(SessionRow row, Participants participants, LearnerRecords learners, SupporterRecords supporters,
                             MyLearners myLearners) {
        Button add = new Button(getTranslation("sessions.add-to-date"), click -> DateDialogs.addToDate(scheduling, row,
                SeriesChoices.forCurrentUser(participants, learners, supporters, myLearners), this::refresh).open());
        add.setVisible(!participants.managedOrganisations().isEmpty() && row.cancelledReason() == null && !row.ended());
        return add;
    }

    private Button cancelButton(SessionRow row) {
        Button cancel = new Button(getTranslation("sessions.cancel"),
                click -> DateDialogs.cancel(scheduling, row, this::refresh).open());
        cancel.setVisible(row.cancelledReason() == null && !row.ended());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return cancel;
    }

    private void refresh() {
        LocalDate today = LocalDate.now(clock.withZone(TOKYO));
        grid.setItems(scheduling.sessions(today.minusDays(7), today.plusWeeks(6)));
        perSeries.show(scheduling.sessions(today.minusMonths(3), today));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.page-title");
    }
}
