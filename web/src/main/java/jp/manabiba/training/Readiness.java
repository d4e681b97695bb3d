package jp.manabiba.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.manabiba.people.SupporterGate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule that protects children, for the features that put supporters in front of them (matching, sessions,
 * series, the live board): a supporter whose track has a module needed before children that is not done, or has
 * expired, is not ready. The callers have checked who asks; this answers only about readiness, never the record.
 * A supporter whose track has no module at all is ready: a track is the organisation's own choice.
 */
@Component
public class Readiness implements SupporterGate {

    private final StandingQuery standings;
    private final Clock clock;

    Readiness(StandingQuery standings, Clock clock) {
        this.standings = standings;
        this.clock = clock;
    }

    public LocalDate today() {
        return Today.of(clock);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> missingBeforeChildren(long supporterId, LocalDate day) {
        return standings.ofSupporters(List.of(supporterId), day).stream()
                .flatMap(standing -> standing.missingBeforeChildren().stream()).map(ModuleStanding::title).toList();
    }

    /** Refuses, naming the missing modules at {@code field}, when the supporter is not ready today. */
    public void requireReadyToday(long supporterId, String field) {
        requireReady(supporterId, today(), field);
    }

    /** Of these supporters, the ones not ready on the day (one query for all of them). */
    @Transactional(readOnly = true)
    public Set<Long> notReady(Collection<Long> supporterIds, LocalDate day) {
        return standings.ofSupporters(Set.copyOf(supporterIds), day).stream().filter(s -> !s.ready())
                .map(SupporterStanding::supporterId).collect(Collectors.toSet());
    }

    /**
     * For the sessions ahead (one query): per supporter, the first day from today on which they are not ready —
     * today when they are not ready now, else the soonest expiry of a module needed before children; absent when
     * nothing runs out. No completion is dated after today, so today's standing holds for every later day.
     */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> notReadyFrom(Collection<Long> supporterIds) {
        LocalDate today = today();
        Map<Long, LocalDate> days = new HashMap<>();
        for (SupporterStanding standing : standings.ofSupporters(Set.copyOf(supporterIds), today)) {
            if (!standing.ready()) {
                days.put(standing.supporterId(), today);
                continue;
            }
            standing.modules().stream().filter(m -> m.requirement() == Requirement.BEFORE_CHILDREN)
                    .map(ModuleStanding::expiresOn).filter(java.util.Objects::nonNull).min(LocalDate::compareTo)
                    .ifPresent(day -> days.put(standing.supporterId(), day));
        }
        return days;
    }
}
