package jp.manabiba.assignments;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A child's pieces of work as cards, in the order of やること: returned work on top, then work to do by due time
 * (soonest first), then handed in, then done (latest due first).
 */
final class TodoItems {

    private static final Comparator<Submission> TODO_ORDER = Comparator
            .comparingInt((Submission s) -> switch (s.state()) {
                case RETURNED -> 0;
                case NEW, IN_PROGRESS -> 1;
                case SUBMITTED -> 2;
                case DONE -> 3;
            })
            .thenComparing((a, b) -> a.state() == SubmissionState.DONE ? b.dueAt().compareTo(a.dueAt())
                    : a.dueAt().compareTo(b.dueAt()));

    private TodoItems() {
    }

    static List<TodoItem> of(AssignmentRepository assignments, List<Submission> mine, Instant now) {
        Map<Long, String> titles = assignments.titles(mine.stream().map(Submission::assignmentId).toList()).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        return mine.stream().sorted(TODO_ORDER).map(s -> new TodoItem(s.id(), s.assignmentId(),
                titles.getOrDefault(s.assignmentId(), ""), s.dueAt(), s.state(), s.attempt(), s.late(),
                s.state().open() && now.isAfter(s.dueAt()), s.score(), s.maxScore())).toList();
    }
}
