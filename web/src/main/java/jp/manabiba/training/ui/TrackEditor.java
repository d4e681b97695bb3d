package jp.manabiba.training.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.base.ui.Notices;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.training.Requirement;
import jp.manabiba.training.TrackAdministration;
import jp.manabiba.training.TrackLines.ModuleLine;
import jp.manabiba.training.TrackLines.TrackChoice;
import jp.manabiba.training.TrackLines.TrackPlan;
import org.jspecify.annotations.Nullable;

/**
 * Edits one track: the network's for a category, or an organisation's own (which starts as a copy of the
 * network's). The modules are kept in order with their requirement here, and saved together against the version
 * the editing started from: someone else's save in between is refused with a message, nothing is overwritten.
 */
final class TrackEditor extends Div {

    /** The network (organisation null) or one organisation. */
    record Scope(@Nullable Long organisationId, String name) {
    }

    private final TrackAdministration administration;
    private final Select<Scope> scope = new Select<>();
    private final Select<SupporterCategory> category = new Select<>();
    private final Select<ModuleLine> addable = new Select<>();
    private final Grid<TrackDraftEntry> grid = new Grid<>();
    private final Div banner = new Div();
    private final FieldErrors errors = new FieldErrors(banner);
    private final Button copy = new Button(getTranslation("coord.tracks.copy"), click -> copy());
    private final Button save = new Button(getTranslation("coord.tracks.save"), click -> save());
    private final List<TrackDraftEntry> entries = new ArrayList<>();
    private @Nullable TrackPlan plan;

    TrackEditor(TrackAdministration administration, List<OrganisationOption> organisations) {
        this.administration = administration;
        addClassName("track-editor");
        List<Scope> scopes = new ArrayList<>(List.of(new Scope(null, getTranslation("coord.tracks.network"))));
        organisations.forEach(o -> scopes.add(new Scope(o.id(), o.name())));
        scope.setLabel(getTranslation("coord.tracks.scope"));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(Scope::name);
        scope.setValue(scopes.getFirst());
        category.setLabel(getTranslation("supporter.category"));
        category.setItems(SupporterCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("supporter.category." + c.name()));
        category.setValue(SupporterCategory.UNIVERSITY_STUDENT);
        scope.addValueChangeListener(change -> reload());
        category.addValueChangeListener(change -> reload());
        grid.addColumn(e -> entries.indexOf(e) + 1).setHeader("#").setWidth("3rem").setFlexGrow(0);
        grid.addColumn(e -> e.title.in(getLocale())).setHeader(getTranslation("coord.module.title")).setFlexGrow(2);
        grid.addComponentColumn(this::requirement).setHeader(getTranslation("coord.record.requirement"));
        grid.addComponentColumn(this::moves).setHeader(getTranslation("sessions.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addClassName("track-modules");
        addable.setLabel(getTranslation("coord.tracks.add-module"));
        addable.setItemLabelGenerator(m -> m.title().in(getLocale()));
        Button add = new Button(getTranslation("coord.tracks.add"), click -> add());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Div(scope, category), banner, grid, new Div(addable, add), new Div(copy, save));
        reload();
    }

    void reload() {
        errors.clear();
        plan = administration.track(scope.getValue().organisationId(), category.getValue());
        entries.clear();
        plan.lines().forEach(line -> entries.add(new TrackDraftEntry(line.moduleId(), line.title(), line.requirement())));
        boolean editable = plan.own();
        copy.setVisible(!editable);
        save.setVisible(editable);
        addable.setItems(administration.modules().stream().filter(m -> !m.retired()).toList());
        addable.setEnabled(editable);
        grid.setItems(entries);
        grid.getDataProvider().refreshAll();
    }

    private Select<Requirement> requirement(TrackDraftEntry entry) {
        Select<Requirement> choice = new Select<>();
        choice.setItems(Requirement.values());
        choice.setItemLabelGenerator(r -> getTranslation("coord.requirement." + r.name()));
        choice.setValue(entry.requirement);
        choice.setReadOnly(plan == null || !plan.own());
        choice.addValueChangeListener(change -> entry.requirement = change.getValue());
        return choice;
    }

    private Div moves(TrackDraftEntry entry) {
        int at = entries.indexOf(entry);
        Button up = new Button(getTranslation("coord.tracks.up"), click -> move(at, at - 1));
        Button down = new Button(getTranslation("coord.tracks.down"), click -> move(at, at + 1));
        Button remove = new Button(getTranslation("coord.tracks.remove"), click -> {
            entries.remove(entry);
            grid.getDataProvider().refreshAll();
        });
        up.setEnabled(at > 0);
        down.setEnabled(at < entries.size() - 1);
        Div moves = new Div(up, down, remove);
        moves.setVisible(plan != null && plan.own());
        return moves;
    }

    private void move(int from, int to) {
        Collections.swap(entries, from, to);
        grid.getDataProvider().refreshAll();
    }

    private void add() {
        ModuleLine module = addable.getValue();
        if (module != null && entries.stream().noneMatch(e -> e.moduleId == module.id())) {
            entries.add(new TrackDraftEntry(module.id(), module.title(), Requirement.REQUIRED));
            grid.getDataProvider().refreshAll();
        }
    }

    private void copy() {
        Long organisation = scope.getValue().organisationId();
        if (organisation != null) {
            run(() -> administration.copyNetworkTrack(organisation, category.getValue()));
        }
    }

    private void save() {
        if (plan != null) {
            TrackPlan editing = plan;
            run(() -> administration.saveTrack(editing.trackId(), editing.version(),
                    entries.stream().map(e -> new TrackChoice(e.moduleId, e.requirement)).toList()));
        }
    }

    private void run(Runnable change) {
        errors.clear();
        try {
            change.run();
            Notices.saved(this);
            reload();
        } catch (InvalidInput refusal) {
            errors.show(refusal, this);
        }
    }
}
