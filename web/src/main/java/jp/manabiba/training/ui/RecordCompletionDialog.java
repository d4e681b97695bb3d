package jp.manabiba.training.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.DateField;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.training.Completion;
import jp.manabiba.training.HistoryLines.ModuleOption;
import jp.manabiba.training.SupporterFiles;
import jp.manabiba.training.TrainingRecords;

/** Records a module completed elsewhere (a paper register, training before Manabiba): module, day, a note. */
final class RecordCompletionDialog {

    private RecordCompletionDialog() {
    }

    static FormDialog create(SupporterFiles files, TrainingRecords records, long supporterId, Runnable saved) {
        Select<ModuleOption> module = new Select<>();
        DateField completedOn = new DateField();
        TextField note = new TextField();
        FormDialog dialog = new FormDialog("coord.record.add", form -> records.recordCompletion(supporterId,
                FormDialog.chosen("module", module.getValue()).id(), DateFields.required(completedOn, "completedOn"),
                FormDialog.blankToNull(note.getValue())), saved);
        module.setItems(files.recordableModules());
        module.setItemLabelGenerator(option -> option.title().in(ScreenLocale.current()));
        note.setMaxLength(Completion.NOTE_MAX);
        dialog.field("module", "coord.record.module", module);
        dialog.field("completedOn", "coord.record.completed-on", completedOn);
        dialog.field("note", "coord.record.note", note);
        return dialog;
    }
}
