package jp.manabiba.assignments.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.assignments.AssignmentDetail;
import jp.manabiba.assignments.RecipientChoices;
import jp.manabiba.assignments.RecipientOptions;
import jp.manabiba.base.ui.DateField;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.base.ui.TimeField;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ReadingCheck;
import org.jspecify.annotations.Nullable;

/**
 * The assignment's own fields: title, instructions (safe Markdown with {漢字|かんじ}, the reading check beside them),
 * the due date and time (Asia/Tokyo, as the service reads it) and the recipients: children, told apart by grade,
 * school and class, and session series (of the organisation chosen in {@link OrganisationChooser} when the
 * author coordinates several). One column on a phone, two from 40em.
 */
final class AssignmentForm extends FormLayout {

    private final TextField title = new TextField();
    private final TextArea instructions = new TextArea();
    private final DateField dueDate = new DateField();
    private final TimeField dueTime = new TimeField(LocalTime.of(17, 0));
    private final MultiSelectComboBox<RecipientOptions.Learner> learners = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<RecipientOptions.Series> series = new MultiSelectComboBox<>();
    private final RecipientOptions mine;
    private final OrganisationChooser organisation;
    private RecipientOptions options;

    AssignmentForm(ChildTexts texts, RecipientChoices choices) {
        organisation = new OrganisationChooser(choices, offered -> {
            options = offered;
            fillRecipients(learnerIds(), seriesIds());
        });
        mine = organisation.shown() ? new RecipientOptions(List.of(), List.of()) : choices.mine();
        options = mine;
        addClassName("assignment-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        title.setLabel(getTranslation("authoring.title"));
        title.setMaxLength(100);
        instructions.setLabel(getTranslation("authoring.instructions"));
        instructions.setHelperText(getTranslation("authoring.instructions-help"));
        instructions.setMaxLength(4000);
        dueDate.setLabel(getTranslation("authoring.due-date"));
        dueTime.setLabel(getTranslation("authoring.due-time"));
        dueTime.setHelperText(getTranslation("authoring.due-zone"));
        learners.setLabel(getTranslation("authoring.learners"));
        learners.setItemLabelGenerator(this::label);
        series.setLabel(getTranslation("authoring.series"));
        series.setItemLabelGenerator(RecipientOptions.Series::title);
        series.setVisible(!options.series().isEmpty());
        ReadingCheck check = ReadingCheck.following(instructions, texts);
        add(organisation, 2);
        add(title, 2);
        add(instructions, 2);
        add(check, 2);
        add(dueDate, dueTime);
        add(learners, series);
        fillRecipients(Set.of(), Set.of());
    }

    /** A new assignment: due a week ahead at 17:00. */
    void start(LocalDate today) {
        dueDate.setValue(today.plusWeeks(1));
        options = mine;
        organisation.reset();
        fillRecipients(Set.of(), Set.of());
    }

    void fill(AssignmentDetail detail) {
        options = mine;
        organisation.fix(detail.organisationId());
        title.setValue(detail.title());
        instructions.setValue(detail.instructions() == null ? "" : detail.instructions());
        dueDate.setValue(detail.due().toLocalDate());
        dueTime.setValue(detail.due().toLocalTime());
        fillRecipients(detail.learnerIds(), detail.seriesIds());
    }

    /** Chosen recipients the options no longer hold (a match ended) stay visible by number, not silently dropped. */
    private void fillRecipients(Set<Long> learnerIds, Set<Long> seriesIds) {
        List<RecipientOptions.Learner> learnerItems = new ArrayList<>(options.learners());
        learnerIds.stream().filter(id -> learnerItems.stream().noneMatch(l -> l.id() == id))
                .forEach(id -> learnerItems.add(new RecipientOptions.Learner(id, "#" + id, null, null, null)));
        List<RecipientOptions.Series> seriesItems = new ArrayList<>(options.series());
        seriesIds.stream().filter(id -> seriesItems.stream().noneMatch(s -> s.id() == id))
                .forEach(id -> seriesItems.add(new RecipientOptions.Series(id, "#" + id)));
        learners.setItems(learnerItems);
        series.setItems(seriesItems);
        learners.setValue(learnerItems.stream().filter(l -> learnerIds.contains(l.id())).collect(Collectors.toSet()));
        series.setValue(seriesItems.stream().filter(s -> seriesIds.contains(s.id())).collect(Collectors.toSet()));
        series.setVisible(!seriesItems.isEmpty());
    }

    private String label(RecipientOptions.Learner learner) {
        List<String> details = new ArrayList<>();
        if (learner.grade() != null) {
            details.add(getTranslation("grade." + learner.grade().name()));
        }
        for (String more : new String[] {learner.school(), learner.homeClass()}) {
            if (more != null && !more.isBlank()) {
                details.add(more);
            }
        }
        return details.isEmpty() ? learner.name()
                : getTranslation("sessions.learner-choice", learner.name(), String.join(" · ", details));
    }

    String title() {
        return title.getValue();
    }

    String instructions() {
        return instructions.getValue();
    }

    /** The due time as typed; a date or time that is missing or unreadable is refused at {@code due}. */
    LocalDateTime due() {
        LocalDate date = DateFields.required(dueDate, "due");
        return date.atTime(dueTime.required("due"));
    }

    Set<Long> learnerIds() {
        return learners.getValue().stream().map(RecipientOptions.Learner::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    Set<Long> seriesIds() {
        return series.getValue().stream().map(RecipientOptions.Series::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The organisation chosen for new work; null when there is no choice to make (the service decides). */
    @Nullable Long organisationId() {
        return organisation.chosen();
    }

    void register(FieldErrors errors) {
        errors.field("organisationId", organisation);
        errors.field("title", title);
        errors.field("instructions", instructions);
        errors.field("due", dueDate);
        errors.field("recipients", learners);
    }

    /** Published work: texts stay editable only while its questions are (update), recipients only added. */
    void setContentReadOnly(boolean readOnly) {
        title.setReadOnly(readOnly);
        instructions.setReadOnly(readOnly);
    }
}
