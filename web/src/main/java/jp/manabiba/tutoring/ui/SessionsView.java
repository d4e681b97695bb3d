package jp.manabiba.tutoring.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.HouseholdRecords;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.MyLearners;
import jp.manabiba.people.Participants;
import jp.manabiba.people.SupporterDirectory;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;
import jp.manabiba.security.Roles;
import jp.manabiba.tutoring.HeldSessionRecords;
import jp.manabiba.tutoring.Scheduling;
import jp.manabiba.tutoring.SessionRow;

/**
 * Sessions of the coming weeks, like a calendar list: a coordinator sees their organisations', a tutor or volunteer
 * their own. Plan a series, cancel a date, open a board; a coordinator also records a session held without the board.
 */
@Route("sessions")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER})
public class SessionsView extends Main implements HasDynamicTitle {

    private final Scheduling scheduling;
    private final Clock clock;
    private final Grid<SessionRow> grid = new Grid<>();
    private final SeriesAttendance perSeries = new SeriesAttendance();

    public SessionsView(Scheduling scheduling, Participants participants, LearnerRecords learners,
                        SupporterRecords supporters, MyLearners myLearners, Clock clock, CurrentUser currentUser,
                        HeldSessionRecords heldSessions, HouseholdRecords households, SupporterDirectory directory) {
        this.scheduling = scheduling;
        this.clock = clock;
        addClassNames("people-view", "sessions-view");
        // the date as the date pickers write it, in every language (DateFields)
        DateTimeFormatter when = DateTimeFormatter.ofPattern("uuuu/MM/dd H:mm").withZone(ProgrammeZone.TOKYO);
        // Four columns that fit 1366x768 and a 10-inch tablet: the place and a cancellation go under the title,
        // the counts share one column, and the actions stay in view, frozen at the end, wrapping when narrow.
        grid.addColumn(row -> when.format(row.startsAt())).setHeader(getTranslation("sessions.when"))
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::describe).setKey("description").setHeader(getTranslation("sessions.title-column"))
                .setFlexGrow(1);
        grid.addColumn(row -> getTranslation("sessions.counts", row.enrolled(), row.capacity())
                        + (row.ended() ? " " + getTranslation("sessions.counts.attended", row.attended()) : ""))
                .setHeader(getTranslation("sessions.enrolled")).setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(row -> actions(row, participants, learners, supporters, myLearners))
                .setHeader(getTranslation("sessions.actions")).setWidth("15rem").setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addClassName("sessions-grid");
        grid.setEmptyStateText(getTranslation("empty.sessions"));
        Button plan = new Button(getTranslation("sessions.new-series"), VaadinIcon.CALENDAR.create(),
                click -> SeriesDialog.create(scheduling, participants,
                        SeriesChoices.forCurrentUser(participants, learners, supporters, myLearners), clock, this::refresh).open());
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button held = new Button(getTranslation("held-session.new"), VaadinIcon.CLIPBOARD_CHECK.create(),
                click -> HeldSessionDialog.create(heldSessions,
                        new HeldSessionChoices(households.organisations(), participants, learners, directory),
                        LocalDate.now(clock.withZone(ProgrammeZone.TOKYO)), this::refresh).open());
        // the service records for a coordinator only: an administrator sees every organisation's list but does not
        held.setVisible(currentUser.require().hasRole(Role.COORDINATOR));
        Div planning = new Div(plan, held);
        planning.addClassName("row-actions");
        add(planning, grid, new com.vaadin.flow.component.html.H2(getTranslation("sessions.per-series")), perSeries);
        refresh();
    }

    /** The title, then where (online or the site) and, for a cancelled date, why. */
    private Div describe(SessionRow row) {
        Div title = new Div(new Span(row.title()));
        Span where = new Span(row.online() ? getTranslation("sessions.online") : row.place());
        where.addClassName("session-where");
        title.add(where);
        if (row.cancelledReason() != null) {
            Span cancelled = new Span(getTranslation("sessions.cancelled", row.cancelledReason()));
            cancelled.addClassName("session-cancelled");
            title.add(cancelled);
        }
        if (row.supporterNotReady()) {
            // the coordinator decides what to do (another supporter, a renewal): the session is left as it is
            Span flag = new Span(VaadinIcon.WARNING.create(), new Span(getTranslation("sessions.coord-training-flag")));
            flag.addClassName("session-training-flag");
            title.add(flag);
        }
        title.addClassName("session-description");
        return title;
    }

    private Div actions(SessionRow row, Participants participants, LearnerRecords learners, SupporterRecords supporters,
                        MyLearners myLearners) {
        Button open = new Button(getTranslation("sessions.board"),
                click -> getUI().ifPresent(ui -> ui.navigate(SessionBoardView.class, row.id())));
        Div actions = new Div(open, addToDate(row, participants, learners, supporters, myLearners), cancelButton(row));
        actions.addClassName("row-actions");
        return actions;
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
        LocalDate today = LocalDate.now(clock.withZone(ProgrammeZone.TOKYO));
        grid.setItems(scheduling.sessions(today.minusDays(7), today.plusWeeks(6)));
        perSeries.show(scheduling.sessions(today.minusMonths(3), today));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.page-title");
    }
}
