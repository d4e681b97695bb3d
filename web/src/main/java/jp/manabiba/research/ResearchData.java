package jp.manabiba.research;

import java.util.List;

import jp.manabiba.assignments.CompletionRate;
import jp.manabiba.learning.RatingPair;
import jp.manabiba.learning.ReflectionEntry;
import jp.manabiba.learning.UnitProgressRow;
import jp.manabiba.people.ResearchSubject;
import jp.manabiba.tutoring.MonthlyAttendance;

/** What one export is made of, still keyed by learner id: it never leaves the server in this form. */
record ResearchData(List<ResearchSubject> subjects, List<MonthlyAttendance> attendance, List<CompletionRate> completion,
                    List<UnitProgressRow> units, List<RatingPair> ratings, List<ReflectionEntry> reflections) {
}
