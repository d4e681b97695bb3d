package jp.manabiba.base.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import jp.manabiba.i18n.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A form in a dialog whose save calls the service: a refusal shows next to its field and the dialog stays open
 * with everything typed; someone else's change in the meantime is said plainly; a good save tells the screen
 * ({@code saved}) and closes it. The dialogs build on it alike: fields labelled and registered under the service's
 * names in one call, a choice the form needs refused at its field ({@link #chosen}), the screen's refresh last.
 */
public class FormDialog extends Dialog {

    private static final Logger LOG = LoggerFactory.getLogger(FormDialog.class);

    private final Div banner = new Div();
    private final FieldErrors errors = new FieldErrors(banner);
    private final FormLayout form = new FormLayout();

    public FormDialog(String titleKey, Consumer<FormDialog> save) {
        setHeaderTitle(getTranslation(titleKey));
        add(banner, form);
        Button ok = new Button(getTranslation("form.save"), click -> {
            errors.clear();
            try {
                save.accept(this);
                Notices.saved(this);
                close();
            } catch (InvalidInput refusal) {
                errors.show(refusal, this);
            } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
                errors.show(new InvalidInput("", "form.changed-meanwhile"), this);
            } catch (DataIntegrityViolationException clash) {
                // each service checks its rules first; this is the net for a rule that slipped through, or a race
                LOG.warn("A form's save broke a database constraint: {}", clash.getMostSpecificCause().getMessage());
                errors.show(new InvalidInput("", "form.not-saved-conflict"), this);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), ok);
        setWidth("min(48rem, 100vw)");
        addAttachListener(opened -> ComponentTexts.applyTo(this));
    }

    /** As {@link #FormDialog(String, Consumer)}, then {@code saved} (the screen shows the change) after a good save. */
    public FormDialog(String titleKey, Consumer<FormDialog> save, Runnable saved) {
        this(titleKey, form -> {
            save.accept(form);
            saved.run();
        });
    }

    /** Adds a field labelled with {@code labelKey}'s text, whose refusals the service names {@code name}. */
    public <C extends Component & HasValidation & HasLabel> C field(String name, String labelKey, C component) {
        component.setLabel(getTranslation(labelKey));
        return field(name, component);
    }

    /** Adds a labelled component that the service never refuses on its own (a choice with a default, say). */
    public <C extends Component & HasLabel> C plain(String labelKey, C component) {
        component.setLabel(getTranslation(labelKey));
        return plain(component);
    }

    /**
     * The value of a choice the form needs before it can ask the service (whose organisation, which module): none
     * chosen is refused at the chooser, as the service refuses its own fields.
     */
    public static <T> T chosen(String field, @Nullable T value) {
        if (value == null) {
            throw new InvalidInput(field, "validation.required");
        }
        return value;
    }

    /** Adds a field whose refusals the service names {@code name}. */
    public <C extends Component & HasValidation> C field(String name, C component) {
        form.add(component);
        return errors.field(name, component);
    }

    /** Adds a component that the service never refuses on its own (a choice with a default, say). */
    public <C extends Component> C plain(C component) {
        form.add(component);
        return component;
    }

    /** The refusal shown at the top of the dialog, if any (one that belongs to no visible field). */
    public java.util.Optional<String> refusalAtTop() {
        return errors.bannerText();
    }

    /** True when a refusal of the named field would show on a field the user can see. */
    public boolean showsOnVisibleField(String name) {
        return errors.visibleField(name).isPresent();
    }

    public void span(Component component) {
        form.setColspan(component, 2);
    }

    /** Null for a blank text field: optional values are stored as absent, not as empty strings. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
