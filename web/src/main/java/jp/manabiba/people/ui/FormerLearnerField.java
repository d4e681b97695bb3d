package jp.manabiba.people.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import jp.manabiba.people.FormerLearnerOption;
import jp.manabiba.people.SupporterRecords;

/**
 * The supporter form's "was once a learner here" choice: the organisation's learners, past ones marked, so that the
 * programme can count children who came back as supporters (docs/research-export.md).
 */
final class FormerLearnerField {

    private FormerLearnerField() {
    }

    static void fill(ComboBox<FormerLearnerOption> field, SupporterRecords supporters, long supporterId) {
        field.setLabel(field.getTranslation("supporter.former-learner"));
        field.setHelperText(field.getTranslation("supporter.former-learner-help"));
        field.setClearButtonVisible(true);
        field.addClassName("supporter-former-learner");
        field.setItems(supporters.formerLearnerChoices(supporterId));
        field.setItemLabelGenerator(option -> option.supportEnded()
                ? field.getTranslation("supporter.former-learner-past", option.name()) : option.name());
        supporters.formerLearner(supporterId).flatMap(id -> field.getListDataView().getItems()
                .filter(option -> option.id() == id).findFirst()).ifPresent(field::setValue);
    }
}
