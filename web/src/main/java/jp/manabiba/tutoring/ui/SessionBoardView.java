package jp.manabiba.tutoring.ui;

import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.ui.Screenful;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.security.Roles;
import jp.manabiba.tutoring.BoardState;
import jp.manabiba.tutoring.SessionBoard;
import jp.manabiba.tutoring.SessionBroadcaster;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The tutor's live board of one session: the children and their state, raised hands in order of arrival, each
 * child's plan and private note. It redraws through server push when a child acts or another tutor changes
 * something; the listener lives only while the view is attached. Later features add columns of their own
 * ({@link BoardColumn} beans: the work and the lesson of each child), redrawn by their own push.
 */
@Route("board")
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN})
public class SessionBoardView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The supporter's own training page (training/ui). */
    private static final String TRAINING_ROUTE = "training";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm").withZone(ProgrammeZone.TOKYO);

    private final SessionBoard board;
    private final SessionBroadcaster broadcaster;
    private final Div hands = new Div();
    private final Grid<BoardState.Child> children = new Grid<>();
    private final Div header = new Div();
    private final BoardExtras extras;
    private long sessionId;
    private String title = "";
    private @Nullable Runnable unregister;
    private @Nullable Runnable redraw;
    private Set<Long> learners = Set.of();

    public SessionBoardView(SessionBoard board, SessionBroadcaster broadcaster, ObjectProvider<BoardColumn> columns) {
        this.board = board;
        this.broadcaster = broadcaster;
        this.extras = new BoardExtras(columns.orderedStream().toList());
        addClassNames("people-view", "board-view");
        hands.addClassName("hands");
        children.addColumn(BoardState.Child::name).setHeader(getTranslation("learner.name")).setAutoWidth(true);
        children.addColumn(c -> getTranslation("attendance." + c.state().name())).setHeader(getTranslation("board.state")).setAutoWidth(true);
        children.addColumn(this::timeJoined).setHeader(getTranslation("board.time"));
        children.addColumn(c -> c.plan() == null ? "" : c.plan()).setHeader(getTranslation("board.plan")).setFlexGrow(2);
        children.addColumn(c -> c.privateNote() == null ? "" : c.privateNote()).setHeader(getTranslation("board.note")).setFlexGrow(2);
        extras.addTo(children);
        // the actions stay in view on a tablet: frozen at the end, the buttons wrapping in a narrow column
        children.addComponentColumn(c -> rowActions(
                new Button(getTranslation("board.edit-plan"), click -> BoardDialogs.plan(board, sessionId, c, this::refresh).open()),
                new Button(getTranslation("board.correct"), click -> BoardDialogs.correction(board, sessionId, c, this::refresh).open())))
                .setHeader(getTranslation("sessions.actions")).setWidth("11.5rem").setFlexGrow(0).setFrozenToEnd(true);
        children.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        children.setEmptyStateText(getTranslation("empty.board-children"));
        add(header, new H3(getTranslation("board.hands")), hands, new H3(getTranslation("board.children")), children);
    }

    private static Div rowActions(Button... buttons) {
        Div actions = new Div(buttons);
        actions.addClassName("row-actions");
        return actions;
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        this.sessionId = sessionId;
        try {
            refresh();
        } catch (InvalidInput notReady) {
            // a supporter whose training before children is not done: say what is missing instead of the board
            removeAll();
            Paragraph missing = new Paragraph(getTranslation(notReady.messageKey(), notReady.arguments()));
            missing.addClassName("gate-refusal");
            add(missing, new Anchor(TRAINING_ROUTE, getTranslation("training.gate.go")));
        }
    }

    void refresh() {
        BoardState state = board.board(sessionId);
        title = state.title();
        header.removeAll();
        header.add(new H2(state.title()), new Paragraph(TIME.format(state.startsAt()) + " 〜 " + TIME.format(state.endsAt())));
        if (state.cancelledReason() != null) {
            header.add(new Paragraph(getTranslation("board.cancelled", state.cancelledReason())));
        } else if (state.ended()) {
            header.add(new Paragraph(getTranslation("board.ended")));
        } else {
            Button end = new Button(getTranslation("board.end"), click -> BoardDialogs.end(board, sessionId, this::refresh).open());
            end.addThemeVariants(ButtonVariant.LUMO_ERROR);
            header.add(end);
        }
        hands.removeAll();
        if (state.hands().isEmpty()) {
            hands.add(new Paragraph(getTranslation("board.no-hands")));
        }
        for (BoardState.Hand hand : state.hands()) {
            Span who = new Span(hand.name() + " — " + TIME.format(hand.raisedAt()));
            Button answered = new Button(getTranslation("board.answered"), click -> {
                board.answer(sessionId, hand.id());
                refresh();
            });
            answered.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div row = new Div(who, answered);
            row.addClassName("hand-row");
            hands.add(row);
        }
        extras.load(sessionId);
        Screenful.show(children, state.children());
        learners = state.children().stream().map(BoardState.Child::learnerId).collect(Collectors.toSet());
        if (redraw != null) {
            extras.follow(sessionId, learners, redraw);
        }
    }

    /** From the moment a child joins: "17:05 から", and once the session is over "17:05 から（45分）". */
    private String timeJoined(BoardState.Child child) {
        if (child.joinedAt() == null) {
            return child.minutes() == null ? "" : getTranslation("board.minutes", child.minutes());
        }
        String since = TIME.format(child.joinedAt());
        return child.minutes() == null ? getTranslation("board.joined-at", since)
                : getTranslation("board.joined-for", since, child.minutes());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unregister = broadcaster.register(sessionId, change -> ui.access(this::refresh));
        redraw = () -> ui.access(this::refresh);
        extras.follow(sessionId, learners, redraw);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
        redraw = null;
        extras.stop();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
