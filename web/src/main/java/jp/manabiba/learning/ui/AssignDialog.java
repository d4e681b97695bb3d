package jp.manabiba.learning.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.learning.AssignChoices;
import jp.manabiba.learning.LearnerChoice;
import jp.manabiba.learning.UnitAssignments;
import jp.manabiba.learning.UnitEntry;
import jp.manabiba.tutoring.SeriesOption;
import org.springframework.security.access.AccessDeniedException;

/**
 * Gives a unit to chosen children and/or a series. The pickers offer only what the caller may give to; a child or
 * series refused all the same (gone from the caller's reach since the dialog opened) is said at the dialog's top.
 */
final class AssignDialog {

    private AssignDialog() {
    }

    static FormDialog create(UnitAssignments assignments, AssignChoices choices, UnitEntry unit) {
        MultiSelectComboBox<LearnerChoice> learners = new MultiSelectComboBox<>();
        ComboBox<SeriesOption> series = new ComboBox<>();
        FormDialog dialog = new FormDialog("units.assign", form -> {
            try {
                List<Long> chosen = learners.getValue().stream().map(LearnerChoice::id).toList();
                if (!chosen.isEmpty() || series.getValue() == null) {
                    assignments.assignToLearners(unit.unitId(), chosen);
                }
                if (series.getValue() != null) {
                    assignments.assignToSeries(unit.unitId(), series.getValue().id());
                }
            } catch (AccessDeniedException refused) {
                throw new InvalidInput("", "units.error.not-yours");
            }
        });
        dialog.setHeaderTitle(dialog.getTranslation("units.assign-title", unit.title()));
        learners.setItems(choices.learners());
        learners.setItemLabelGenerator(child -> UnitTexts.learner(dialog, child));
        learners.addClassName("assign-learners");
        dialog.field("learners", "units.learners", learners);
        List<SeriesOption> ownSeries = choices.series();
        if (!ownSeries.isEmpty()) {
                series.setItems(ownSeries);
            series.setItemLabelGenerator(SeriesOption::title);
            series.setClearButtonVisible(true);
            series.addClassName("assign-series");
            dialog.field("series", "units.series", series);
        }
        return dialog;
    }
}
