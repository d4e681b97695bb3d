package jp.manabiba.assignments.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.assignments.AssignmentAuthoring;
import jp.manabiba.assignments.AssignmentDetail;
import jp.manabiba.assignments.AssignmentState;
import jp.manabiba.assignments.RecipientChoices;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.security.Roles;
import jp.manabiba.text.ChildTexts;
import org.jspecify.annotations.Nullable;

/**
 * Writing an assignment: its fields ({@link AssignmentForm}), its questions ({@link QuestionsEditor}) and what can be
 * done with it now ({@link EditorActions}): a draft is saved and published; published work moves its due time and
 * gets more children; once a child has answered, its questions are read-only and "copy and edit" makes a new draft.
 * Someone else's assignment the caller may change (a colleague's of an organisation they coordinate) is editable
 * as their own; one they may only read (a coordinator's, a colleague's given to their child) opens read-only; one they may not read is refused by the service (and audited), as if it did not exist.
 */
@Route("work/edit")
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER, Roles.COORDINATOR})
public class AssignmentEditorView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AssignmentAuthoring authoring;
    private final Clock clock;
    private final Span state = new Span();
    private final Div banner = new Div();
    private final AssignmentForm form;
    private final QuestionsEditor questions;
    private final Div frozen = new Div();
    private final Paragraph frozenNote = new Paragraph();
    private final EditorActions actions;
    private @Nullable AssignmentDetail detail;

    public AssignmentEditorView(AssignmentAuthoring authoring, RecipientChoices recipients, ChildTexts texts, Clock clock) {
        this.authoring = authoring;
        this.clock = clock;
        addClassNames("people-view", "assignment-editor");
        form = new AssignmentForm(texts, recipients);
        questions = new QuestionsEditor(texts);
        actions = new EditorActions(this, authoring, form, questions, banner);
        RouterLink back = new RouterLink(getTranslation("authoring.back"), AssignmentLibraryView.class);
        state.addClassName("assignment-state");
        Button copy = new Button(getTranslation("authoring.copy"), click -> actions.copy());
        copy.addClassName("copy-button");
        frozen.add(frozenNote, copy);
        frozen.addClassName("frozen-note");
        frozen.setVisible(false);
        add(back, state, banner, form, new H2(getTranslation("authoring.questions")), frozen, questions, actions);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Long assignmentId) {
        if (assignmentId == null) {
            detail = null;
            form.start(LocalDate.now(clock.withZone(ProgrammeZone.TOKYO)));
            questions.fill(List.of());
            showState();
            return;
        }
        show(authoring.detail(assignmentId));
    }

    /** What the server has now, everything typed replaced (after a save, or to reopen after someone else saved). */
    void show(AssignmentDetail opened) {
        detail = opened;
        form.fill(opened);
        questions.fill(opened.questions());
        boolean editable = opened.editable();
        boolean published = opened.state() == AssignmentState.PUBLISHED;
        form.setContentReadOnly(!editable || opened.frozen());
        questions.setReadOnly(!editable || opened.frozen());
        frozen.setVisible(opened.frozen() || !editable);
        frozenNote.setText(getTranslation(editable ? "authoring.frozen" : "authoring.not-mine"));
        showState();
        actions.showFor(opened, published, editable);
    }

    private void showState() {
        state.setText(detail == null ? getTranslation("authoring.state.NEW")
                : getTranslation("authoring.state." + detail.state().name()));
        if (detail == null) {
            actions.showForNew();
        }
    }

    @Nullable AssignmentDetail detail() {
        return detail;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(detail == null ? "authoring.new-title" : "authoring.edit-title");
    }
}
