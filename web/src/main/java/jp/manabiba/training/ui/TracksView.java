package jp.manabiba.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.Roles;
import jp.manabiba.training.TrackAdministration;
import jp.manabiba.training.TrackLines.ModuleLine;
import jp.manabiba.training.TrainingOverviews;

/**
 * 研修の設定: the administrator's modules (add, change, retire) and the tracks, the network's per category and an
 * organisation's own (started as a copy of the network's).
 */
@Route("training/tracks")
@RolesAllowed(Roles.ADMIN)
public class TracksView extends Main implements HasDynamicTitle {

    private final TrackAdministration administration;
    private final Grid<ModuleLine> modules = new Grid<>();
    private final TrackEditor editor;

    public TracksView(TrackAdministration administration, TrainingOverviews overviews) {
        this.administration = administration;
        this.editor = new TrackEditor(administration, overviews.organisations());
        addClassNames("people-view", "training-tracks");
        modules.addColumn(m -> m.title().in(getLocale())).setHeader(getTranslation("coord.module.title")).setFlexGrow(2);
        modules.addColumn(m -> getTranslation("coord.kind." + m.kind().name())).setHeader(getTranslation("coord.module.kind"));
        modules.addColumn(m -> getTranslation("coord.module.hours-value", m.hours().stripTrailingZeros().toPlainString()))
                .setHeader(getTranslation("coord.module.hours"));
        modules.addColumn(m -> m.validityMonths() == null ? getTranslation("coord.module.no-expiry")
                : getTranslation("coord.module.months", m.validityMonths())).setHeader(getTranslation("coord.module.validity"));
        modules.addComponentColumn(this::actions).setHeader(getTranslation("sessions.actions")).setAutoWidth(true);
        modules.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        modules.setAllRowsVisible(true);
        modules.addClassName("training-modules");
        Button add = new Button(getTranslation("coord.module.add"), VaadinIcon.PLUS.create(),
                click -> ModuleDialog.create(administration, null, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("coord.tracks.modules")), add, modules,
                new H2(getTranslation("coord.tracks.tracks")), editor);
        refresh();
    }

    private com.vaadin.flow.component.Component actions(ModuleLine module) {
        if (module.retired()) {
            return new com.vaadin.flow.component.html.Span(getTranslation("coord.module.retired"));
        }
        Button edit = new Button(getTranslation("coord.module.edit"),
                click -> ModuleDialog.create(administration, module, this::refresh).open());
        Button retire = new Button(getTranslation("coord.module.retire"), click -> {
            try {
                administration.retireModule(module.id());
                refresh();
            } catch (InvalidInput refusal) {
                new FieldErrors().show(refusal, this);
            }
        });
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new com.vaadin.flow.component.html.Div(edit, retire);
    }

    private void refresh() {
        modules.setItems(administration.modules());
        editor.reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coord.tracks.title");
    }
}
