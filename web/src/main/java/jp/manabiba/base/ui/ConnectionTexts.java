package jp.manabiba.base.ui;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;

/**
 * What Vaadin's own connection indicator says while it reconnects, while the browser is offline (Vaadin shows its
 * "gave up" text then too), and when it is back:
 * in the reader's language, and in a child's words (kana) on children's screens. Vaadin keeps the actions made
 * meanwhile and sends them once it is back; the texts say so. manabiba.css makes the message a clear banner.
 */
public final class ConnectionTexts {

    /** How long "connected again" stays on screen, so that a child sees it. */
    private static final int BACK_SHOWN_MILLIS = 5000;

    private ConnectionTexts() {
    }

    /**
     * Says the connection is back once an action tapped while offline has reached the server and its answer the
     * browser. Vaadin resends such an action when the connection returns, but its indicator then stays on
     * "reconnecting" until the next round trip (seen with Flow 25.2): this answer is the proof it works again.
     */
    public static void confirmConnected(UI ui) {
        ui.getPage().executeJs("""
                const state = window.Vaadin && window.Vaadin.connectionState;
                if (state && state.state === 'reconnecting') { state.state = 'connected'; }""");
    }

    static void apply(UI ui, boolean child) {
        String prefix = child ? "connection.child." : "connection.";
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation(prefix + "lost"));
        reconnect.setDialogTextGaveUp(ui.getTranslation(prefix + "gave-up"));
        // the "back" text has no Java setting: it is a property of the same indicator element; the indicator lives
        // outside the layout's landmarks, and as a status (a live region) screen readers announce it where it is
        ui.getPage().executeJs("""
                const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                if (indicator) { indicator.onlineText = $0; indicator.expandedDuration = $1; indicator.setAttribute('role', 'status'); }""",
                ui.getTranslation(prefix + "back"), BACK_SHOWN_MILLIS);
    }
}
