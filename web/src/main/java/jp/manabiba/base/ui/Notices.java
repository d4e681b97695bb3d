package jp.manabiba.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short, translated confirmations and warnings. */
public final class Notices {

    private Notices() {
    }

    public static void saved(Component view) {
        Notification.show(view.getTranslation("form.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(Component view, String key, Object... arguments) {
        Notification.show(view.getTranslation(key, arguments), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
