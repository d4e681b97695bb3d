package jp.manabiba.people.ui;

import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.base.ui.Notices;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.people.Grade;
import jp.manabiba.people.Learner;
import jp.manabiba.people.LearnerDetails;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.SchoolOption;
import org.jspecify.annotations.Nullable;

/** Adds a child of a household as a learner, or edits one. */
class LearnerFormDialog extends Dialog {

    private final FieldErrors errors = new FieldErrors();

    LearnerFormDialog(LearnerRecords learners, long householdId, @Nullable EditedLearner editing, LongConsumer saved) {
        setHeaderTitle(getTranslation(editing == null ? "learner.add" : "learner.edit"));
        TextField familyName = errors.field("familyName", new TextField(getTranslation("learner.family-name")));
        TextField givenName = errors.field("givenName", new TextField(getTranslation("learner.given-name")));
        TextField familyKana = errors.field("familyNameKana", new TextField(getTranslation("learner.family-name-kana")));
        TextField givenKana = errors.field("givenNameKana", new TextField(getTranslation("learner.given-name-kana")));
        for (TextField field : new TextField[] {familyName, givenName, familyKana, givenKana}) {
            field.setRequiredIndicatorVisible(true);
            field.setMaxLength(field == familyName || field == givenName ? Learner.NAME_MAX : Learner.KANA_MAX);
        }
        ComboBox<SchoolOption> school = errors.field("schoolId", new ComboBox<>(getTranslation("learner.school")));
        school.setItems(learners.schools());
        school.setItemLabelGenerator(SchoolOption::name);
        Select<Grade> grade = new Select<>();
        grade.setLabel(getTranslation("learner.grade"));
        grade.setItems(Grade.values());
        grade.setItemLabelGenerator(g -> g == null ? "" : getTranslation("grade." + g.name()));
        grade.setEmptySelectionAllowed(true);
        TextField homeClass = errors.field("homeClass", new TextField(getTranslation("learner.home-class")));
        homeClass.setMaxLength(Learner.HOME_CLASS_MAX);
        Select<FuriganaPreference> furigana = new Select<>();
        furigana.setLabel(getTranslation("learner.furigana"));
        furigana.setItems(FuriganaPreference.values());
        furigana.setItemLabelGenerator(f -> getTranslation("furigana." + f.name()));
        furigana.setValue(FuriganaPreference.GRADE);
        if (editing != null) {
            LearnerDetails d = editing.details();
            familyName.setValue(d.familyName());
            givenName.setValue(d.givenName());
            familyKana.setValue(d.familyNameKana());
            givenKana.setValue(d.givenNameKana());
            learners.schools().stream().filter(s -> d.schoolId() != null && s.id() == d.schoolId()).findFirst().ifPresent(school::setValue);
            grade.setValue(d.grade());
            homeClass.setValue(d.homeClass() == null ? "" : d.homeClass());
            furigana.setValue(d.furigana());
        }
        add(new FormLayout(familyName, givenName, familyKana, givenKana, school, grade, homeClass, furigana));

        Button save = new Button(getTranslation("form.save"), click -> {
            errors.clear();
            LearnerDetails details = new LearnerDetails(familyName.getValue(), givenName.getValue(), familyKana.getValue(),
                    givenKana.getValue(), school.getValue() == null ? null : school.getValue().id(), grade.getValue(),
                    GuardianFormDialog.blankToNull(homeClass.getValue()), furigana.getValue());
            try {
                long id = editing == null ? learners.add(householdId, details) : editing.id();
                if (editing != null) {
                    learners.change(editing.id(), details);
                }
                Notices.saved(this);
                close();
                saved.accept(id);
            } catch (InvalidInput refusal) {
                errors.show(refusal, this);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), save);
        setWidth("min(48rem, 100vw)");
    }

    /** The learner being edited. */
    record EditedLearner(long id, LearnerDetails details) {
    }
}
