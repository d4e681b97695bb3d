package jp.manabiba.training.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.DateField;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.i18n.InvalidInput;
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
        FormDialog dialog = new FormDialog("coord.record.add", form -> {
            if (module.getValue() == null) {
                throw new InvalidInput("module", "validation.required");
            }
            records.recordCompletion(supporterId, module.getValue().id(), DateFields.required(completedOn, "completedOn"),
                    FormDialog.blankToNull(note.getValue()));
            saved.run();
        });
        module.setLabel(dialog.getTranslation("coord.record.module"));
        module.setItems(files.recordableModules());
        module.setItemLabelGenerator(option -> option.title().in(ScreenLocale.current()));
        completedOn.setLabel(dialog.getTranslation("coord.record.completed-on"));
        note.setLabel(dialog.getTranslation("coord.record.note"));
        note.setMaxLength(Completion.NOTE_MAX);
        dialog.field("module", module);
        dialog.field("completedOn", completedOn);
        dialog.field("note", note);
        return dialog;
    }
}
