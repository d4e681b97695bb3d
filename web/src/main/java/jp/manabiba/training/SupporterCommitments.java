package jp.manabiba.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Where supporters are still expected in front of children: their coming sessions. Tutoring answers (it implements
 * this as a bean); training asks, to mark the blocked supporters a coordinator must act on first. The interface
 * lives here because training comes before tutoring in the dependency order. Callers have checked access.
 */
public interface SupporterCommitments {

    /** Per supporter with at least one coming session that is not cancelled: how many, and the first one's day. */
    Map<Long, Coming> comingSessions(Collection<Long> supporterIds);

    /** @param firstOn the Tokyo calendar day of the first coming session */
    record Coming(int sessions, LocalDate firstOn) {
    }
}
