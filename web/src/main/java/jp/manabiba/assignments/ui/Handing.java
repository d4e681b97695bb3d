package jp.manabiba.assignments.ui;

import jp.manabiba.assignments.Answering;
import jp.manabiba.assignments.IncompleteSubmission;
import jp.manabiba.assignments.Submitted;
import jp.manabiba.i18n.InvalidInput;

/**
 * Handing the work in from the answering screen: every waiting draft saved first (or the child is asked to wait),
 * then the service's answer shown: handed in (the screen redrawn read-only), or each missing answer beside its
 * question with the first brought into view.
 */
final class Handing {

    private final Answering answering;
    private final long submissionId;
    private final Autosave autosave;
    private final QuestionPanels panels;
    private final QuestionPager pager;
    private final WorkNotice notice;
    private final Runnable reload;

    Handing(Answering answering, long submissionId, Autosave autosave, QuestionPanels panels, QuestionPager pager,
            WorkNotice notice, Runnable reload) {
        this.answering = answering;
        this.submissionId = submissionId;
        this.autosave = autosave;
        this.panels = panels;
        this.pager = pager;
        this.notice = notice;
        this.reload = reload;
    }

    void submit() {
        autosave.saveWaiting();
        if (autosave.hasWaiting()) {
            notice.say("work.submit.wait");
            return;
        }
        panels.clearProblems();
        try {
            Submitted submitted = answering.submit(submissionId, autosave.version());
            reload.run();
            notice.say(submitted.late() ? "work.submitted.late" : "work.submitted");
        } catch (IncompleteSubmission incomplete) {
            showIncomplete(incomplete);
        } catch (InvalidInput refusal) {
            reload.run();
            notice.say(refusal.messageKey(), refusal.arguments());
        }
    }

    private void showIncomplete(IncompleteSubmission incomplete) {
        int first = panels.showIncomplete(incomplete);
        notice.say(incomplete.messageKey(), incomplete.arguments());
        if (first >= 0) {
            if (pager.oneAtATime()) {
                pager.go(first);
            }
            // the child tapped at the bottom of the page: bring the first question to fix into view
            panels.inOrder().get(first).scrollIntoView();
        }
    }
}
