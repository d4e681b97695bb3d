package jp.manabiba.training.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.training.TargetPeriod;
import jp.manabiba.training.TrainingTargets;
import org.jspecify.annotations.Nullable;

/** The administrator's form for one target: category, a fiscal year or the programme's three years, the number. */
final class TargetForm {

    private TargetForm() {
    }

    static FormDialog of(TrainingTargets targets, @Nullable Long organisationId, Runnable saved) {
        Select<SupporterCategory> category = new Select<>();
        category.setLabel(category.getTranslation("supporter.category"));
        category.setItems(SupporterCategory.values());
        category.setItemLabelGenerator(c -> category.getTranslation("supporter.category." + c.name()));
        category.setValue(SupporterCategory.UNIVERSITY_STUDENT);
        Select<TargetPeriod> period = new Select<>();
        period.setLabel(period.getTranslation("training.target.period"));
        period.setItems(TargetPeriod.values());
        period.setItemLabelGenerator(p -> period.getTranslation("training.target.period." + p.name(),
                String.valueOf(targets.programmeYears().first()), String.valueOf(targets.programmeYears().last())));
        period.setValue(TargetPeriod.FISCAL_YEAR);
        Select<FiscalYear> year = new Select<>();
        year.setLabel(year.getTranslation("households.fiscal-year"));
        year.setItems(targets.settableYears());
        year.setItemLabelGenerator(y -> year.getTranslation("fiscal-year.name", String.valueOf(y.year())));
        year.setValue(targets.currentYear());
        period.addValueChangeListener(change -> year.setEnabled(change.getValue() == TargetPeriod.FISCAL_YEAR));
        IntegerField count = new IntegerField();
        count.setLabel(count.getTranslation("training.target.count"));
        count.setMin(TrainingTargets.TARGET_MIN);
        count.setMax(TrainingTargets.TARGET_MAX);
        count.setHelperText(count.getTranslation("training.target.count-range", TrainingTargets.TARGET_MIN,
                TrainingTargets.TARGET_MAX));
        FormDialog form = new FormDialog("training.target.set", f -> {
            if (year.getValue() == null) {
                throw new InvalidInput("year", "validation.required");
            }
            if (count.getValue() == null) {
                throw new InvalidInput("target", "validation.required");
            }
            int first = period.getValue() == TargetPeriod.PROGRAMME ? targets.programmeYears().first()
                    : year.getValue().year();
            targets.setTarget(organisationId, category.getValue(), period.getValue(), first, count.getValue());
            saved.run();
        });
        form.plain(category);
        form.plain(period);
        form.field("year", year);
        form.field("target", count);
        return form;
    }
}
