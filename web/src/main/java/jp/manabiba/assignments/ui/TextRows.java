package jp.manabiba.assignments.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * A list of one-line texts the author can add to and remove from: a question's choices (each with its "correct"
 * mark) or a short answer's accepted answers. Refusals name the list ({@code questions[2].choices}) or one row
 * ({@code questions[2].choices[3]}, from 1).
 */
final class TextRows extends FieldGroup {

    /** One row: the text and, for choices, whether it is right. */
    record Row(TextField text, @Nullable Checkbox correct, Div line) {
    }

    private final String rowLabelKey;
    private final boolean marks;
    private final int max;
    private final List<Row> rows = new ArrayList<>();
    private final Button add;

    TextRows(String className, String rowLabelKey, String addKey, boolean marks, int max) {
        super(className);
        this.rowLabelKey = rowLabelKey;
        this.marks = marks;
        this.max = max;
        add = new Button(getTranslation(addKey), VaadinIcon.PLUS.create(), click -> addRow("", false));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(add);
    }

    void addRow(String text, boolean correct) {
        TextField field = new TextField(getTranslation(rowLabelKey, rows.size() + 1));
        field.setValue(text);
        field.setMaxLength(200);
        Checkbox mark = marks ? new Checkbox(getTranslation("authoring.choice.correct"), correct) : null;
        Div line = new Div(field);
        line.addClassName("text-row");
        if (mark != null) {
            line.add(mark);
        }
        Row row = new Row(field, mark, line);
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> removeRow(row));
        remove.setAriaLabel(getTranslation("authoring.row.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        line.add(remove);
        rows.add(row);
        addComponentAtIndex(rows.size() - 1, line);
        add.setEnabled(rows.size() < max);
    }

    private void removeRow(Row row) {
        rows.remove(row);
        remove(row.line());
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).text().setLabel(getTranslation(rowLabelKey, i + 1));
        }
        add.setEnabled(rows.size() < max);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /**
     * Registers the list and its rows under the service's names; {@code skipBlank}: the service counts only filled
     * rows (accepted answers), so an empty row in between has no number.
     */
    void register(FieldErrors errors, String field, boolean skipBlank) {
        errors.field(field, this);
        int j = 0;
        for (Row row : rows) {
            if (!skipBlank || !row.text().getValue().isBlank()) {
                errors.field(field + "[" + ++j + "]", row.text());
            }
        }
    }

    void setReadOnly(boolean readOnly) {
        add.setVisible(!readOnly);
        for (Row row : rows) {
            row.text().setReadOnly(readOnly);
            if (row.correct() != null) {
                row.correct().setReadOnly(readOnly);
            }
            row.line().getChildren().filter(Button.class::isInstance).forEach(b -> b.setVisible(!readOnly));
        }
    }
}
