package jp.manabiba.training.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.training.ModuleDraft;
import jp.manabiba.training.ModuleKind;
import jp.manabiba.training.TrackAdministration;
import jp.manabiba.training.TrackLines.ModuleLine;
import jp.manabiba.training.TrainingModule;
import org.jspecify.annotations.Nullable;

/** Adds a module or changes one; the code and kind are chosen once, when it is added. */
final class ModuleDialog {

    private ModuleDialog() {
    }

    static FormDialog create(TrackAdministration administration, @Nullable ModuleLine editing, Runnable saved) {
        TextField code = new TextField();
        Select<ModuleKind> kind = new Select<>();
        TextField title = new TextField();
        TextField titleEn = new TextField();
        TextArea description = new TextArea();
        TextField hours = new TextField();
        TextField validity = new TextField();
        FormDialog dialog = new FormDialog(editing == null ? "coord.module.add" : "coord.module.edit", form ->
                administration.saveModule(editing == null ? null : editing.id(), new ModuleDraft(code.getValue(),
                        kind.getValue(), title.getValue(), FormDialog.blankToNull(titleEn.getValue()),
                        FormDialog.blankToNull(description.getValue()), number(hours.getValue(), "hours", "coord.error.hours"),
                        whole(validity.getValue()))), saved);
        code.setHelperText(dialog.getTranslation("coord.module.code-help"));
        code.setMaxLength(TrainingModule.CODE_MAX);
        kind.setItems(ModuleKind.values());
        kind.setItemLabelGenerator(k -> dialog.getTranslation("coord.kind." + k.name()));
        kind.setValue(ModuleKind.SELF_STUDY);
        hours.setHelperText(dialog.getTranslation("coord.module.hours-help"));
        validity.setHelperText(dialog.getTranslation("coord.module.validity-help"));
        if (editing != null) {
            code.setValue(editing.code());
            kind.setValue(editing.kind());
            title.setValue(editing.title().ja());
            titleEn.setValue(editing.title().en() == null ? "" : editing.title().en());
            description.setValue(editing.description() == null ? "" : editing.description());
            hours.setValue(editing.hours().stripTrailingZeros().toPlainString());
            validity.setValue(editing.validityMonths() == null ? "" : editing.validityMonths().toString());
        } else {
            hours.setValue("1");
        }
        code.setReadOnly(editing != null);
        kind.setReadOnly(editing != null);
        dialog.field("code", "coord.module.code", code);
        dialog.plain("coord.module.kind", kind);
        dialog.field("title", "coord.module.title", title);
        dialog.field("titleEn", "coord.module.title-en", titleEn);
        dialog.field("description", "coord.module.description", description);
        dialog.field("hours", "coord.module.hours", hours);
        dialog.field("validityMonths", "coord.module.validity-months", validity);
        return dialog;
    }

    /** Typed text as a number; text that is none is refused, not taken for an empty field. */
    private static @Nullable BigDecimal number(String typed, String field, String key) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(java.text.Normalizer.normalize(typed.strip(), java.text.Normalizer.Form.NFKC));
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput(field, key);
        }
    }

    private static @Nullable Integer whole(String typed) {
        BigDecimal months = number(typed, "validityMonths", "coord.error.validity");
        if (months == null) {
            return null;
        }
        try {
            return months.intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new InvalidInput("validityMonths", "coord.error.validity");
        }
    }
}
