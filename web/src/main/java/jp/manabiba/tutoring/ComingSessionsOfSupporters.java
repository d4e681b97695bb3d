package jp.manabiba.tutoring;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.training.SupporterCommitments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tutoring's answer to training's question "where are these supporters still expected?": their sessions not yet
 * over, not cancelled nor closed, counted in one query. Training has checked who asks.
 */
@Component
class ComingSessionsOfSupporters implements SupporterCommitments {

    private final TutoringSessionRepository sessions;
    private final Clock clock;

    ComingSessionsOfSupporters(TutoringSessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Coming> comingSessions(Collection<Long> supporterIds) {
        Map<Long, Coming> coming = new HashMap<>();
        if (supporterIds.isEmpty()) {
            return coming;
        }
        sessions.comingPerSupporter(supporterIds, clock.instant()).forEach(row -> coming.put((Long) row[0],
                new Coming(((Number) row[1]).intValue(), ((Instant) row[2]).atZone(ProgrammeZone.TOKYO).toLocalDate())));
        return coming;
    }
}
