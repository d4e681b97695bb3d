package jp.manabiba.base.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jp.manabiba.i18n.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * Puts a service's refusal next to the field it concerns, translated. A refusal about a field the form does not
 * show (absent, or hidden for this user) goes to the form's top banner when it has one, else to a notification:
 * a refusal nobody sees is a defect. Nothing typed is cleared.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final @Nullable Div banner;

    public FieldErrors() {
        this(null);
    }

    /** With a banner (at the top of a dialog) for refusals that belong to no visible field. */
    public FieldErrors(@Nullable Div banner) {
        this.banner = banner;
        if (banner != null) {
            banner.addClassName("form-refusal");
            banner.getElement().setAttribute("role", "alert");
            banner.setVisible(false);
        }
    }

    public <C extends HasValidation> C field(String name, C component) {
        fields.put(name, component);
        return component;
    }

    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
        if (banner != null) {
            banner.setText("");
            banner.setVisible(false);
        }
    }

    /** Where a refusal of this field would be shown: the field itself only when the user can see it. */
    public Optional<HasValidation> visibleField(String name) {
        HasValidation field = fields.get(name);
        return field instanceof Component component && shown(component) ? Optional.of(field) : Optional.empty();
    }

    public void show(InvalidInput refusal, Component anchor) {
        String message = anchor.getTranslation(refusal.messageKey(), refusal.arguments());
        Optional<HasValidation> visible = visibleField(refusal.field());
        if (visible.isEmpty()) {
            if (banner != null) {
                banner.setText(message);
                banner.setVisible(true);
            } else {
                Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            return;
        }
        HasValidation field = visible.get();
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /** The banner's text, when a refusal is shown there (tests and screen readers read the same). */
    public Optional<String> bannerText() {
        return banner != null && banner.isVisible() ? Optional.of(banner.getText()) : Optional.empty();
    }

    private static boolean shown(Component component) {
        if (!component.isAttached()) {
            return false;
        }
        for (Component c = component; c != null; c = c.getParent().orElse(null)) {
            if (!c.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
