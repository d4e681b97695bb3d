package jp.manabiba.assignments.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.manabiba.assignments.IncompleteSubmission;
import jp.manabiba.assignments.SavedDraft;
import jp.manabiba.assignments.WorkView;
import org.jspecify.annotations.Nullable;

/** The answering screen's question panels by question id, in order: where each save's outcome is shown. */
final class QuestionPanels {

    private final Map<Long, QuestionPanel> panels = new LinkedHashMap<>();

    void clear() {
        panels.clear();
    }

    void add(QuestionPanel panel) {
        panels.put(panel.questionId(), panel);
    }

    List<QuestionPanel> inOrder() {
        return new ArrayList<>(panels.values());
    }

    @Nullable QuestionPanel find(long questionId) {
        return panels.get(questionId);
    }

    QuestionPanel get(long questionId) {
        return Objects.requireNonNull(panels.get(questionId));
    }

    void saved(long questionId, SavedDraft saved) {
        QuestionPanel panel = panels.get(questionId);
        if (panel != null) {
            panel.saved(saved.savedAt(), saved.problemKey());
        }
    }

    void failing(long questionId) {
        QuestionPanel panel = panels.get(questionId);
        if (panel != null) {
            panel.failing();
        }
    }

    /** Another tab or device saved: its answers to the other questions (the one just saved won). */
    void showOthers(WorkView fresh, long savedQuestion) {
        for (WorkView.Item item : fresh.questions()) {
            QuestionPanel panel = panels.get(item.questionId());
            if (panel != null && item.questionId() != savedQuestion) {
                panel.show(item);
            }
        }
    }

    void clearProblems() {
        panels.values().forEach(QuestionPanel::clearProblem);
    }

    /** Each missing answer's message beside its question; the index of the first of them, or -1. */
    int showIncomplete(IncompleteSubmission incomplete) {
        int first = -1;
        List<Long> order = List.copyOf(panels.keySet());
        for (IncompleteSubmission.QuestionMessage message : incomplete.questionMessages()) {
            QuestionPanel panel = panels.get(message.questionId());
            if (panel != null) {
                panel.problem(message.messageKey());
                int at = order.indexOf(message.questionId());
                first = first < 0 ? at : Math.min(first, at);
            }
        }
        return first;
    }
}
