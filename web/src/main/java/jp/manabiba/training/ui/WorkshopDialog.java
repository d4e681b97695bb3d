package jp.manabiba.training.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.DateField;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.base.ui.TimeField;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.training.ModuleChoice;
import jp.manabiba.training.ModuleKind;
import jp.manabiba.training.Workshop;
import jp.manabiba.training.WorkshopPlan;
import jp.manabiba.training.WorkshopRow;
import jp.manabiba.training.Workshops;
import org.jspecify.annotations.Nullable;

/**
 * Plans a workshop, or changes one ({@code existing}): title, day and times in Takatsuki, place, trainer, capacity
 * and the modules attending completes. The service checks everything; each refusal shows at its field.
 */
final class WorkshopDialog {

    private WorkshopDialog() {
    }

    static FormDialog open(Workshops workshops, @Nullable WorkshopRow existing, LocalDate today, Runnable saved) {
        List<OrganisationOption> organisations = workshops.organisations();
        Select<OrganisationOption> organisation = new Select<>();
        TextField title = new TextField();
        DateField day = new DateField(existing == null ? today.plusDays(14) : existing.day());
        TimeField start = new TimeField(existing == null ? LocalTime.of(13, 0) : existing.startTime());
        TimeField end = new TimeField(existing == null ? LocalTime.of(16, 0) : existing.endTime());
        TextField place = new TextField();
        TextField trainer = new TextField();
        IntegerField capacity = new IntegerField();
        MultiSelectComboBox<ModuleChoice> modules = new MultiSelectComboBox<>();
        FormDialog dialog = new FormDialog(existing == null ? "training.workshop.new" : "training.workshop.edit-title", form -> {
            long organisationId = existing != null ? existing.organisationId() : chosen(organisation, organisations);
            WorkshopPlan plan = new WorkshopPlan(organisationId, title.getValue(), DateFields.required(day, "day"),
                    start.required("startTime"), end.required("endTime"), place.getValue(), trainer.getValue(),
                    capacity.getValue() == null ? 0 : capacity.getValue(),
                    modules.getValue().stream().map(ModuleChoice::id).collect(Collectors.toSet()));
            if (existing == null) {
                workshops.create(plan);
            } else {
                workshops.change(existing.id(), plan);
            }
        }, saved);
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationOption::name);
        organisation.setVisible(existing == null && organisations.size() > 1);
        title.setMaxLength(Workshop.TITLE_MAX);
        place.setMaxLength(Workshop.PLACE_MAX);
        trainer.setMaxLength(Workshop.TRAINER_MAX);
        capacity.setMin(Workshop.CAPACITY_MIN);
        capacity.setMax(Workshop.CAPACITY_MAX);
        capacity.setStepButtonsVisible(true);
        List<ModuleChoice> choices = workshops.moduleChoices();
        modules.setItems(choices);
        modules.setItemLabelGenerator(module -> module.title(WorkshopTexts.locale()));
        if (existing == null) {
            capacity.setValue(20);
            choices.stream().filter(m -> m.kind() == ModuleKind.WORKSHOP).findFirst()
                    .ifPresent(modules::select);
        } else {
            title.setValue(existing.title());
            place.setValue(existing.place());
            trainer.setValue(existing.trainer());
            capacity.setValue(existing.capacity());
            modules.setValue(choices.stream().filter(existing.modules()::contains).collect(Collectors.toSet()));
        }
        List.of(title, place, trainer).forEach(field -> field.setRequiredIndicatorVisible(true));
        dialog.field("organisation", "training.workshop.organisation", organisation);
        dialog.field("title", "training.workshop.title-field", title);
        dialog.field("day", "training.workshop.day", day);
        dialog.field("capacity", "training.workshop.capacity", capacity);
        dialog.field("startTime", "training.workshop.start", start);
        dialog.field("endTime", "training.workshop.end", end);
        dialog.field("place", "training.workshop.place", place);
        dialog.field("trainer", "training.workshop.trainer", trainer);
        dialog.span(dialog.field("modules", "training.workshop.modules", modules));
        return dialog;
    }

    /** The organisation chosen, or the only one; none chosen among several is refused at the chooser. */
    private static long chosen(Select<OrganisationOption> organisation, List<OrganisationOption> organisations) {
        if (organisations.size() == 1) {
            return organisations.getFirst().id();
        }
        return FormDialog.chosen("organisation", organisation.getValue()).id();
    }
}
