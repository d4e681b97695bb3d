package jp.manabiba.assignments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import jp.manabiba.assignments.AssignmentAuthoring;
import jp.manabiba.assignments.AssignmentDetail;
import jp.manabiba.assignments.AssignmentDraft;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.base.ui.Notices;
import jp.manabiba.i18n.InvalidInput;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The editor's buttons and what they call: save the draft, publish (asked once), preview, and for published work
 * move the due time and add recipients. Every refusal goes next to its field (the questions' by their position
 * now); one about no visible field to the top; "someone else saved first" offers to reopen. Nothing typed is lost.
 */
final class EditorActions extends Div {

    private final AssignmentEditorView view;
    private final AssignmentAuthoring authoring;
    private final AssignmentForm form;
    private final QuestionsEditor questions;
    private final Div banner;
    private final Button save = button("authoring.save-draft", this::save);
    private final Button publish = button("authoring.publish", this::askPublish);
    private final Button preview = button("authoring.preview", this::preview);
    private final Button moveDue = button("authoring.move-due", this::moveDue);
    private final Button addRecipients = button("authoring.add-recipients", this::addRecipients);
    private final Button reopen = button("authoring.reopen", this::reopen);
    private final Paragraph status = new Paragraph();
    private FieldErrors errors;

    EditorActions(AssignmentEditorView view, AssignmentAuthoring authoring, AssignmentForm form,
                  QuestionsEditor questions, Div banner) {
        this.view = view;
        this.authoring = authoring;
        this.form = form;
        this.questions = questions;
        this.banner = banner;
        this.errors = new FieldErrors(banner);
        addClassName("editor-actions");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reopen.setVisible(false);
        status.addClassName("editor-status");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        add(status, save, publish, moveDue, addRecipients, preview);
    }

    private Button button(String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> attempt(action));
        button.addClassName(key.substring(key.indexOf('.') + 1));
        return button;
    }

    void showForNew() {
        show(true, true, false, false);
    }

    void showFor(AssignmentDetail detail, boolean published, boolean editable) {
        save.setText(getTranslation(published ? "authoring.save-changes" : "authoring.save-draft"));
        show(editable && !detail.frozen(), editable && !published, editable && published, true);
    }

    private void show(boolean saving, boolean publishing, boolean publishedTools, boolean previewing) {
        save.setVisible(saving);
        publish.setVisible(publishing);
        moveDue.setVisible(publishedTools);
        addRecipients.setVisible(publishedTools);
        preview.setVisible(previewing);
    }

    /** Runs an action with a fresh map of field names (question positions change as questions move). */
    private void attempt(Runnable action) {
        errors.clear();
        status.setVisible(false);
        reopen.setVisible(false);
        errors = new FieldErrors(banner);
        form.register(errors);
        questions.register(errors);
        try {
            action.run();
        } catch (InvalidInput refusal) {
            if ("version".equals(refusal.field())) {
                changedMeanwhile(refusal.messageKey());
            } else {
                errors.show(refusal, this);
            }
        } catch (ObjectOptimisticLockingFailureException lost) {
            changedMeanwhile("assignment.error.changed-meanwhile");
        } catch (AccessDeniedException refused) {
            // honest too: a match ended or an enrolment changed since the page opened (the service audited it)
            errors.show(new InvalidInput("", "authoring.refused"), this);
        }
    }

    private void changedMeanwhile(String key) {
        errors.show(new InvalidInput("version", key), this);
        banner.add(reopen);
        reopen.setVisible(true);
    }

    private AssignmentDraft draft() {
        AssignmentDetail detail = view.detail();
        return new AssignmentDraft(detail == null ? form.organisationId() : detail.organisationId(), form.title(), form.instructions(),
                form.due(), questions.drafts(), form.learnerIds(), form.seriesIds());
    }

    /** Saves what is on screen; returns the id (new or the same). */
    private long store() {
        AssignmentDetail detail = view.detail();
        if (detail == null) {
            return authoring.create(draft());
        }
        authoring.update(detail.id(), detail.version(), draft());
        return detail.id();
    }

    private void save() {
        long id = store();
        Notices.saved(this);
        navigateTo(id);
    }

    /** Saves first (what is on screen is what the children get), then asks once. */
    private void askPublish() {
        long id = store();
        navigateTo(id);
        new PublishConfirm(form.learnerIds().size(), form.seriesIds().size(), () -> attempt(() -> {
            AssignmentDetail saved = view.detail();
            int given = authoring.publish(id, saved == null ? 0 : saved.version());
            say("authoring.published", given);
            navigateTo(id);
        })).open();
    }

    private void moveDue() {
        AssignmentDetail detail = current();
        authoring.moveDue(detail.id(), detail.version(), form.due());
        Notices.saved(this);
        navigateTo(detail.id());
    }

    private void addRecipients() {
        AssignmentDetail detail = current();
        int given = authoring.addRecipients(detail.id(), form.learnerIds(), form.seriesIds());
        say("authoring.given-more", given);
        navigateTo(detail.id());
    }

    void copy() {
        long copied = authoring.copy(current().id());
        say("authoring.copied");
        navigateTo(copied);
    }

    private void preview() {
        getUI().ifPresent(ui -> ui.navigate(AssignmentPreviewView.class, current().id()));
    }

    private void reopen() {
        navigateTo(current().id());
    }

    private AssignmentDetail current() {
        AssignmentDetail detail = view.detail();
        if (detail == null) {
            throw new InvalidInput("", "authoring.save-first");
        }
        return detail;
    }

    /** Reloads the assignment from the server (the URL names it, so a reload or a shared link opens the same). */
    private void navigateTo(long id) {
        view.show(authoring.detail(id));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "work/edit/" + id));
    }

    /** What just happened, in the page (a screen reader hears it; a notification would vanish). */
    private void say(String key, Object... arguments) {
        status.setText(getTranslation(key, arguments));
        status.setVisible(true);
    }
}
