package jp.manabiba.tutoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;

/** The child's links to an online session's meeting. */
final class JoinLinks {

    private JoinLinks() {
    }

    /**
     * The meeting again, for as long as the session runs (a closed tab is no dead end). A plain link: opening
     * it again asks nothing of the server, so the attendance record stays as the first join made it.
     */
    static Anchor reopen(String meetingUrl, String text) {
        Anchor again = new Anchor(meetingUrl, text);
        again.setTarget(AnchorTarget.BLANK);
        again.addClassNames("join-button", "join-link", "reopen-link");
        return again;
    }
}
