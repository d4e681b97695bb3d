package jp.manabiba.people;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The learner page of a coordinator: the learner, their household's name, their tutors and shared notes. */
public record LearnerPage(long id, long householdId, String householdName, LearnerDetails details,
                          @Nullable String school, @Nullable String username, List<MatchRow> matches,
                          List<String> sharedNotes) {

    public record MatchRow(long id, long supporterId, String supporter, LocalDate startsOn, @Nullable LocalDate endsOn) {
    }
}
