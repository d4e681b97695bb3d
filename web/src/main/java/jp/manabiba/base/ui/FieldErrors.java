package jp.manabiba.base.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jp.manabiba.i18n.InvalidInput;

/**
 * Puts a service's refusal next to the field it concerns, translated; a refusal about a field the form does
 * not show becomes a notification. Nothing typed is cleared.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public <C extends HasValidation> C field(String name, C component) {
        fields.put(name, component);
        return component;
    }

    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    public void show(InvalidInput refusal, Component anchor) {
        String message = anchor.getTranslation(refusal.messageKey(), refusal.arguments());
        HasValidation field = fields.get(refusal.field());
        if (field == null) {
            Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
