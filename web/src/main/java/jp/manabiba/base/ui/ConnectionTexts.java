package jp.manabiba.base.ui;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;

/**
 * What Vaadin's own connection indicator says when the connection drops, when it gives up, and when it is back:
 * in the reader's language, and in a child's words (kana) on children's screens. Vaadin keeps the actions made
 * meanwhile and sends them once it is back; the texts say so. manabiba.css makes the message a clear banner.
 */
final class ConnectionTexts {

    /** How long "connected again" stays on screen, so that a child sees it. */
    private static final int BACK_SHOWN_MILLIS = 5000;

    private ConnectionTexts() {
    }

    static void apply(UI ui, boolean child) {
        String prefix = child ? "connection.child." : "connection.";
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation(prefix + "lost"));
        reconnect.setDialogTextGaveUp(ui.getTranslation(prefix + "gave-up"));
        // the "back" text has no Java setting: it is a property of the same indicator element
        ui.getPage().executeJs("""
                const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                if (indicator) { indicator.onlineText = $0; indicator.expandedDuration = $1; }""",
                ui.getTranslation(prefix + "back"), BACK_SHOWN_MILLIS);
    }
}
