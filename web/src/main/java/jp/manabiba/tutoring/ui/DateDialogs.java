package jp.manabiba.tutoring.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.tutoring.Scheduling;
import jp.manabiba.tutoring.SessionRow;

/** The sessions list's two small forms for one date: add a child or a supporter, and cancel it with a reason. */
final class DateDialogs {

    private DateDialogs() {
    }

    static FormDialog addToDate(Scheduling scheduling, SessionRow row, SeriesChoices choices, Runnable saved) {
        ComboBox<SeriesChoices.Choice> child = new ComboBox<>();
        ComboBox<SeriesChoices.Choice> supporter = new ComboBox<>();
        FormDialog dialog = new FormDialog("sessions.add-to-date", form -> {
            if (child.getValue() != null) {
                scheduling.enrol(row.id(), child.getValue().id());
            }
            if (supporter.getValue() != null) {
                scheduling.assign(row.id(), supporter.getValue().id());
            }
            saved.run();
        });
        child.setLabel(dialog.getTranslation("sessions.learners"));
        child.setItems(choices.learners());
        child.setItemLabelGenerator(choice -> choice.label(dialog));
        supporter.setLabel(dialog.getTranslation("sessions.tutors"));
        supporter.setItems(choices.supporters());
        supporter.setItemLabelGenerator(choice -> choice.label(dialog));
        dialog.field("learners", child);
        dialog.field("supporter", supporter);
        return dialog;
    }

    static FormDialog cancel(Scheduling scheduling, SessionRow row, Runnable saved) {
        TextField reason = new TextField();
        FormDialog dialog = new FormDialog("sessions.cancel", form -> {
            scheduling.cancel(row.id(), reason.getValue());
            saved.run();
        });
        reason.setLabel(dialog.getTranslation("sessions.cancel-reason"));
        reason.setHelperText(dialog.getTranslation("sessions.cancel-reason.help"));
        dialog.field("reason", reason);
        return dialog;
    }
}
