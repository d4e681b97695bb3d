package jp.manabiba.tutoring.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.tutoring.AttendanceState;
import jp.manabiba.tutoring.BoardState;
import jp.manabiba.tutoring.SessionBoard;
import jp.manabiba.tutoring.SessionPlan;

/** The board's small forms: a child's plan and note, a correction of their attendance, and ending the session. */
final class BoardDialogs {

    private BoardDialogs() {
    }

    static FormDialog plan(SessionBoard board, long sessionId, BoardState.Child child, Runnable saved) {
        TextArea plan = new TextArea();
        TextArea note = new TextArea();
        FormDialog dialog = new FormDialog("board.edit-plan", form -> {
            board.writePlan(sessionId, child.learnerId(), plan.getValue(), note.getValue());
            saved.run();
        });
        plan.setLabel(dialog.getTranslation("board.plan"));
        plan.setHelperText(dialog.getTranslation("board.plan.help"));
        plan.setMaxLength(SessionPlan.PLAN_MAX);
        plan.setValue(child.plan() == null ? "" : child.plan());
        note.setLabel(dialog.getTranslation("board.note"));
        note.setHelperText(dialog.getTranslation("board.note.help"));
        note.setMaxLength(SessionPlan.NOTE_MAX);
        note.setValue(child.privateNote() == null ? "" : child.privateNote());
        dialog.span(dialog.field("plan", plan));
        dialog.span(dialog.field("privateNote", note));
        return dialog;
    }

    /** Sends back the version the tutor saw: a change by another tutor meanwhile is refused, not overwritten. */
    static FormDialog correction(SessionBoard board, long sessionId, BoardState.Child child, Runnable saved) {
        Select<AttendanceState> state = new Select<>();
        TextField reason = new TextField();
        FormDialog dialog = new FormDialog("board.correct", form -> {
            try {
                board.correct(sessionId, child.learnerId(), child.version(), state.getValue(), reason.getValue());
            } finally {
                saved.run(); // show the current value either way
            }
        });
        state.setLabel(dialog.getTranslation("board.state"));
        state.setItems(AttendanceState.values());
        state.setItemLabelGenerator(s -> dialog.getTranslation("attendance." + s.name()));
        state.setValue(child.state());
        reason.setLabel(dialog.getTranslation("board.reason"));
        reason.setRequiredIndicatorVisible(true);
        dialog.field("state", state);
        dialog.field("reason", reason);
        return dialog;
    }

    /** Ending is asked once: it closes the session for everyone and writes the minutes. */
    static ConfirmDialog end(SessionBoard board, long sessionId, Runnable ended) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(confirm.getTranslation("board.end"));
        confirm.setText(confirm.getTranslation("board.end.confirm"));
        confirm.setConfirmText(confirm.getTranslation("board.end"));
        confirm.addConfirmListener(yes -> {
            board.end(sessionId);
            ended.run();
        });
        confirm.setCancelable(true);
        confirm.setCancelText(confirm.getTranslation("form.cancel"));
        return confirm;
    }
}
