package jp.manabiba.people.ui;

import java.util.function.LongConsumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.schools.Grade;
import jp.manabiba.people.Learner;
import jp.manabiba.people.LearnerDetails;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.schools.SchoolOption;
import org.jspecify.annotations.Nullable;

/** Adds a child of a household as a learner, or edits one. */
final class LearnerFormDialog {

    /** The learner being edited. */
    record EditedLearner(long id, LearnerDetails details) {
    }

    private LearnerFormDialog() {
    }

    static FormDialog create(LearnerRecords learners, long householdId, @Nullable EditedLearner editing, LongConsumer saved) {
        TextField familyName = new TextField();
        TextField givenName = new TextField();
        TextField familyKana = new TextField();
        TextField givenKana = new TextField();
        ComboBox<SchoolOption> school = new ComboBox<>();
        Select<Grade> grade = new Select<>();
        TextField homeClass = new TextField();
        Select<FuriganaPreference> furigana = new Select<>();
        FormDialog dialog = new FormDialog(editing == null ? "learner.add" : "learner.edit", form -> {
            LearnerDetails details = new LearnerDetails(familyName.getValue(), givenName.getValue(), familyKana.getValue(),
                    givenKana.getValue(), school.getValue() == null ? null : school.getValue().id(), grade.getValue(),
                    FormDialog.blankToNull(homeClass.getValue()), furigana.getValue());
            if (editing == null) {
                saved.accept(learners.add(householdId, details));
            } else {
                learners.change(editing.id(), details);
                saved.accept(editing.id());
            }
        });
        String[] labels = {"learner.family-name", "learner.given-name", "learner.family-name-kana", "learner.given-name-kana"};
        TextField[] nameFields = {familyName, givenName, familyKana, givenKana};
        for (int i = 0; i < nameFields.length; i++) {
            nameFields[i].setLabel(dialog.getTranslation(labels[i]));
            nameFields[i].setRequiredIndicatorVisible(true);
            nameFields[i].setMaxLength(i < 2 ? Learner.NAME_MAX : Learner.KANA_MAX);
        }
        school.setLabel(dialog.getTranslation("learner.school"));
        school.setItems(learners.schools());
        school.setItemLabelGenerator(SchoolOption::name);
        grade.setLabel(dialog.getTranslation("learner.grade"));
        grade.setItems(Grade.values());
        grade.setItemLabelGenerator(g -> g == null ? "" : dialog.getTranslation("grade." + g.name()));
        grade.setEmptySelectionAllowed(true);
        homeClass.setLabel(dialog.getTranslation("learner.home-class"));
        homeClass.setMaxLength(Learner.HOME_CLASS_MAX);
        furigana.setLabel(dialog.getTranslation("learner.furigana"));
        furigana.setItems(FuriganaPreference.values());
        furigana.setItemLabelGenerator(f -> dialog.getTranslation("furigana." + f.name()));
        furigana.setValue(FuriganaPreference.GRADE);
        if (editing != null) {
            LearnerDetails d = editing.details();
            familyName.setValue(d.familyName());
            givenName.setValue(d.givenName());
            familyKana.setValue(d.familyNameKana());
            givenKana.setValue(d.givenNameKana());
            learners.schools().stream().filter(s -> d.schoolId() != null && s.id() == d.schoolId()).findFirst()
                    .ifPresent(school::setValue);
            grade.setValue(d.grade());
            homeClass.setValue(d.homeClass() == null ? "" : d.homeClass());
            furigana.setValue(d.furigana());
        }
        dialog.field("familyName", familyName);
        dialog.field("givenName", givenName);
        dialog.field("familyNameKana", familyKana);
        dialog.field("givenNameKana", givenKana);
        dialog.field("schoolId", school);
        dialog.plain(grade);
        dialog.field("homeClass", homeClass);
        dialog.plain(furigana);
        return dialog;
    }
}
