package jp.manabiba.assignments;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the authoring form sends. {@code due} is a wall-clock time in Asia/Tokyo. {@code organisationId} is the
 * organisation it belongs to: a coordinator's choice among theirs (null when they have one), a tutor's own (null
 * is fine), none for a teacher. Recipients: chosen learners and/or session series.
 */
public record AssignmentDraft(@Nullable Long organisationId, String title, @Nullable String instructions, LocalDateTime due,
                              List<QuestionDraft> questions, Set<Long> learnerIds, Set<Long> seriesIds) {
}
