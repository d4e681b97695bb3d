package jp.manabiba.assignments.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.assignments.AssignmentResults;
import jp.manabiba.assignments.PupilResult;
import jp.manabiba.assignments.WorkChoices;
import jp.manabiba.assignments.WorkOption;
import jp.manabiba.base.ui.Screenful;
import jp.manabiba.people.MyPupils;
import jp.manabiba.people.PupilRow;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;
import jp.manabiba.security.Roles;
import jp.manabiba.curriculum.text.RubySyntax;

/**
 * Results of the work: per assignment (every child for its author and coordinators, consented pupils for a
 * teacher, matched children for a tutor) and, for a teacher, per consented pupil. Each grid downloads as CSV.
 * Each choice reads the results again, so a withdrawn consent drops the child at once.
 */
@Route("work/results")
@RolesAllowed({Roles.TEACHER, Roles.COORDINATOR, Roles.TUTOR, Roles.VOLUNTEER})
public class ResultsView extends Main implements HasDynamicTitle {

    private final Grid<PupilResult> perAssignment = new Grid<>();
    private final Grid<PupilResult> perPupil = new Grid<>();
    private List<PupilResult> assignmentRows = List.of();
    private List<PupilResult> pupilRows = List.of();

    public ResultsView(AssignmentResults results, WorkChoices choices, MyPupils pupils, CurrentUser currentUser) {
        addClassNames("people-view", "results-view");
        ComboBox<WorkOption> assignment = new ComboBox<>(getTranslation("results.choose-assignment"));
        assignment.setItems(choices.resultAssignments());
        assignment.setItemLabelGenerator(o -> o.dueAt() == null ? RubySyntax.plain(o.name())
                : getTranslation("results.assignment-option", RubySyntax.plain(o.name()), DueTimes.due(o.dueAt())));
        assignment.addValueChangeListener(change -> {
            assignmentRows = change.getValue() == null ? List.of() : results.byAssignment(change.getValue().id());
            Screenful.show(perAssignment, assignmentRows);
        });
        CsvColumns<PupilResult> byChild = ResultColumns.perAssignment(this);
        byChild.addTo(perAssignment);
        perAssignment.addClassName("results-per-assignment");
        perAssignment.setEmptyStateText(getTranslation("empty.results-assignment"));
        Screenful.show(perAssignment, assignmentRows);
        Anchor exportAssignment = byChild.download("manabiba-results-assignment.csv", getTranslation("results.export"),
                () -> assignmentRows);
        add(new H2(getTranslation("results.per-assignment")), row(assignment, exportAssignment), perAssignment);

        if (currentUser.require().hasRole(Role.TEACHER)) {
            ComboBox<PupilRow> pupil = new ComboBox<>(getTranslation("results.choose-pupil"));
            pupil.setItems(pupils.list());
            pupil.setItemLabelGenerator(PupilRow::fullName);
            pupil.addValueChangeListener(change -> {
                pupilRows = change.getValue() == null ? List.of() : results.byPupil(change.getValue().id());
                Screenful.show(perPupil, pupilRows);
            });
            CsvColumns<PupilResult> byWork = ResultColumns.perPupil(this);
            byWork.addTo(perPupil);
            perPupil.addClassName("results-per-pupil");
            perPupil.setEmptyStateText(getTranslation("empty.results-pupil"));
            Screenful.show(perPupil, pupilRows);
            Anchor exportPupil = byWork.download("manabiba-results-pupil.csv", getTranslation("results.export"),
                    () -> pupilRows);
            add(new H2(getTranslation("results.per-pupil")), row(pupil, exportPupil), perPupil);
        }
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.title");
    }
}
