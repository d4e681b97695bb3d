package jp.manabiba.assignments.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.select.Select;
import jp.manabiba.assignments.RecipientChoices;
import jp.manabiba.assignments.RecipientOptions;
import jp.manabiba.people.OrganisationOption;
import org.jspecify.annotations.Nullable;

/**
 * Which organisation new work belongs to, for a coordinator of two or more (hidden otherwise: the service takes
 * the only one, a tutor's own, or none for a teacher). Choosing one offers that organisation's children and
 * series only; saved work keeps its organisation, so the chooser then only shows it.
 */
final class OrganisationChooser extends Select<OrganisationOption> {

    private final List<OrganisationOption> organisations;

    OrganisationChooser(RecipientChoices choices, Consumer<RecipientOptions> offer) {
        organisations = choices.organisations();
        addClassName("organisation-chooser");
        setLabel(getTranslation("authoring.organisation"));
        setHelperText(getTranslation("authoring.organisation-help"));
        setItemLabelGenerator(OrganisationOption::name);
        setItems(organisations);
        setVisible(shown());
        addValueChangeListener(change -> {
            if (change.getValue() != null) {
                offer.accept(choices.in(change.getValue().id()));
            }
        });
    }

    boolean shown() {
        return organisations.size() >= 2;
    }

    /** New work: nothing chosen yet, so nothing offered until an organisation is. */
    void reset() {
        setReadOnly(false);
        clear();
    }

    /** Saved work: its organisation, fixed (the listener offers its recipients). */
    void fix(@Nullable Long organisationId) {
        setReadOnly(shown());
        clear(); // the same organisation again must offer its recipients again
        organisations.stream().filter(o -> organisationId != null && o.id() == organisationId).findFirst()
                .ifPresent(this::setValue);
    }

    /** The chosen organisation, or null when the chooser is hidden (the service decides) or nothing is chosen. */
    @Nullable Long chosen() {
        OrganisationOption value = getValue();
        return shown() && value != null ? value.id() : null;
    }
}
