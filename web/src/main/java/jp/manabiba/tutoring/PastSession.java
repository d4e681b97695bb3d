package jp.manabiba.tutoring;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A session that was already held, as a coordinator records it afterwards (from a paper register, or a drop-in
 * nobody opened on the board): its day and start, its length, where, who ran it, which children came and which
 * were expected but did not come. See {@link HeldSessionRecords}.
 */
public record PastSession(long organisationId, String title, @Nullable Place place, @Nullable LocalDate heldOn,
                          @Nullable LocalTime startTime, int minutes, List<Long> supporterIds, Set<Long> attended,
                          Set<Long> absent) {

    /** The longest session recorded: as long as the longest one the planner allows (twelve hours). */
    public static final int MAX_MINUTES = (int) PlanRules.MAX_OVERNIGHT.toMinutes();

    public PastSession {
        supporterIds = List.copyOf(supporterIds);
        attended = Set.copyOf(attended);
        absent = Set.copyOf(absent);
    }
}
