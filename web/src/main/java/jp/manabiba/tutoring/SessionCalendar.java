package jp.manabiba.tutoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.Participants;
import org.springframework.stereotype.Component;

/**
 * The sessions between two dates (Asia/Tokyo) for the calendar list: a coordinator's organisations', with the
 * supporters' training flags, or the ones a tutor or volunteer runs. Read inside {@link Scheduling#sessions}.
 */
@Component
class SessionCalendar {

    private final TutoringSessionRepository sessions;
    private final SessionRows rows;
    private final Participants participants;

    SessionCalendar(TutoringSessionRepository sessions, SessionRows rows, Participants participants) {
        this.sessions = sessions;
        this.rows = rows;
        this.participants = participants;
    }

    List<SessionRow> between(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(ProgrammeZone.TOKYO).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ProgrammeZone.TOKYO).toInstant();
        List<Long> managed = participants.managedOrganisations();
        if (!managed.isEmpty()) {
            return rows.withTrainingFlags(sessions.ofOrganisations(managed, start, end));
        }
        return participants.mySupporterId().map(me -> rows.of(sessions.ofSupporter(me, start, end))).orElse(List.of());
    }
}
