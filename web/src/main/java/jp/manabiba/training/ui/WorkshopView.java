package jp.manabiba.training.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.ui.Notices;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.security.Roles;
import jp.manabiba.training.SignupRow;
import jp.manabiba.training.SignupState;
import jp.manabiba.training.WorkshopAttendance;
import jp.manabiba.training.WorkshopDetail;
import jp.manabiba.training.WorkshopRow;
import jp.manabiba.training.Workshops;

/**
 * One workshop for its coordinator: when, where, what it completes; the sign-ups with the waiting list in order; and,
 * once it has started, the register (attended completes its modules). Another organisation's workshop is refused.
 */
@Route("training/workshops")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class WorkshopView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Workshops workshops;
    private final WorkshopAttendance attendance;
    private final Clock clock;
    private final H2 heading = new H2();
    private final Paragraph details = new Paragraph();
    private final Div actions = new Div();
    private final Paragraph registerNote = new Paragraph();
    private final Grid<SignupRow> signups = new Grid<>();
    private long workshopId;
    private boolean started;

    public WorkshopView(Workshops workshops, WorkshopAttendance attendance, Clock clock) {
        this.workshops = workshops;
        this.attendance = attendance;
        this.clock = clock;
        addClassNames("people-view", "workshop-view");
        signups.addColumn(SignupRow::name).setHeader(getTranslation("training.workshop.name")).setKey("name").setAutoWidth(true);
        signups.addColumn(this::state).setHeader(getTranslation("training.workshop.state")).setKey("state").setAutoWidth(true);
        signups.addComponentColumn(this::register).setHeader(getTranslation("training.workshop.register")).setKey("register");
        signups.addClassName("workshop-signups");
        signups.setEmptyStateText(getTranslation("empty.training.signups"));
        actions.addClassName("row-actions");
        add(new RouterLink(getTranslation("training.workshop.back"), WorkshopsView.class), heading, details, actions,
                new H2(getTranslation("training.workshop.signups")), registerNote, signups);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        workshopId = id;
        refresh();
    }

    private void refresh() {
        WorkshopDetail detail = workshops.detail(workshopId);
        WorkshopRow row = detail.workshop();
        started = detail.started();
        heading.setText(row.title() + (row.cancelled() ? "（" + getTranslation("training.workshop.cancelled") + "）" : ""));
        details.setText(WorkshopTexts.when(row) + "　" + getTranslation("training.workshop.where-who", row.place(),
                row.trainer()) + "　" + WorkshopTexts.seats(row, this) + "　" + WorkshopTexts.modules(row, this));
        actions.removeAll();
        if (!started && !row.cancelled()) {
            LocalDate today = LocalDate.now(clock.withZone(ProgrammeZone.TOKYO));
            Button edit = new Button(getTranslation("training.workshop.edit"),
                    click -> WorkshopDialog.open(workshops, row, today, this::refresh).open());
            Button cancel = new Button(getTranslation("training.workshop.cancel"),
                    click -> new WorkshopCancelConfirm(() -> act(() -> workshops.cancel(workshopId))).open());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(edit, cancel);
        }
        registerNote.setText(getTranslation(started ? "training.workshop.register-help" : "training.attendance.error.not-started"));
        signups.setItems(detail.signups());
    }

    private String state(SignupRow row) {
        return row.state() == SignupState.WAITING ? getTranslation("training.signup.waiting-position", row.waitingPosition())
                : getTranslation("training.signup.state." + row.state().name());
    }

    /** 出席 / 欠席 for someone holding a seat, once the workshop has started. */
    private Div register(SignupRow row) {
        Div buttons = new Div();
        buttons.addClassName("row-actions");
        boolean seated = row.state() == SignupState.BOOKED || row.state() == SignupState.ABSENT;
        if (started && seated) {
            Button attended = new Button(getTranslation("training.attendance.attended"),
                    click -> act(() -> attendance.mark(workshopId, row.supporterId(), true)));
            attended.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            attended.addClassName("mark-attended");
            buttons.add(attended);
            if (row.state() == SignupState.BOOKED) {
                Button absent = new Button(getTranslation("training.attendance.absent"),
                        click -> act(() -> attendance.mark(workshopId, row.supporterId(), false)));
                absent.addClassName("mark-absent");
                buttons.add(absent);
            }
        }
        return buttons;
    }

    private void act(Runnable change) {
        try {
            change.run();
            Notices.saved(this);
        } catch (InvalidInput refused) {
            Notices.error(this, refused.messageKey(), refused.arguments());
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.workshop.page-title");
    }
}
