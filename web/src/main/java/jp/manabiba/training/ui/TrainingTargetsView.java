package jp.manabiba.training.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.Roles;
import jp.manabiba.training.Goal;
import jp.manabiba.training.TargetProgress;
import jp.manabiba.training.TargetSetting;
import jp.manabiba.training.TrainingTargets;
import org.jspecify.annotations.Nullable;

/**
 * The administrator's training targets: for the whole network or one organisation, the trained supporters so far
 * and the targets in force per category and year (set, the network's, or the programme's default), and a form to
 * set one.
 */
@Route("training/targets")
@RolesAllowed(Roles.ADMIN)
public class TrainingTargetsView extends Main implements HasDynamicTitle {

    /** The network (no organisation) or one organisation. */
    record Scope(@Nullable Long organisationId, String name) {
    }

    private final TrainingTargets targets;
    private final Select<Scope> scope = new Select<>();
    private final Div figures = new Div();
    private final Grid<TargetSetting> grid = new Grid<>();

    public TrainingTargetsView(TrainingTargets targets) {
        this.targets = targets;
        addClassNames("training-view", "training-targets-view");
        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope(null, getTranslation("outcome.programme")));
        targets.organisations().forEach(p -> scopes.add(new Scope(p.organisationId(), p.name())));
        scope.setLabel(getTranslation("training.target.scope"));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(Scope::name);
        scope.setValue(scopes.getFirst());
        scope.addValueChangeListener(change -> refresh());
        grid.addColumn(s -> getTranslation("supporter.category." + s.category().name()))
                .setHeader(getTranslation("supporter.category")).setAutoWidth(true);
        for (FiscalYear year : targets.settableYears()) {
            grid.addColumn(s -> goal(s.years().get(year)))
                    .setHeader(getTranslation("fiscal-year.name", String.valueOf(year.year()))).setAutoWidth(true);
        }
        grid.addColumn(s -> goal(s.programme())).setHeader(getTranslation("training.target.programme",
                String.valueOf(targets.programmeYears().first()), String.valueOf(targets.programmeYears().last())))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        Button set = new Button(getTranslation("training.target.set"), VaadinIcon.EDIT.create(),
                click -> TargetForm.of(targets, scope.getValue().organisationId(), this::refresh).open());
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(scope, figures, new H2(getTranslation("training.target.in-force")), set, grid);
        refresh();
    }

    private void refresh() {
        Long organisation = scope.getValue().organisationId();
        figures.removeAll();
        if (organisation == null) {
            figures.add(TrainingTargetCards.network(targets.network()));
        } else {
            List<TargetProgress> own = targets.organisations().stream()
                    .filter(p -> organisation.equals(p.organisationId())).toList();
            figures.add(new TrainingTargetCards(own));
        }
        grid.setItems(targets.settings(organisation));
    }

    private String goal(@Nullable Goal goal) {
        return goal == null ? getTranslation("training.target.goal.none")
                : getTranslation("training.target.goal." + goal.source().name(), goal.count());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.target.title");
    }
}
