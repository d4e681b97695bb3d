package jp.manabiba.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.Participants;
import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.tutoring.Place;
import jp.manabiba.tutoring.Scheduling;
import jp.manabiba.tutoring.SeriesPlan;
import jp.manabiba.tutoring.SessionRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The demo's drop-in study room: online, open all day (two sessions of at most 12 hours), for the three demo
 * children with tutor2, so whoever tries the demo at any hour finds a session the child can join. It is planned
 * through {@link Scheduling} like any series, only in the demo, and kept planned two weeks ahead: at each start
 * and every night, the days still missing are planned (the days already planned are skipped).
 */
@Component
@ConditionalOnBooleanProperty("manabiba.demo.enabled")
class DemoDropIn {

    static final String TITLE = "いつでも じしゅうルーム（デモ）";
    static final String LINK = "https://meet.example.jp/manabiba-demo-drop-in";
    private static final int DAYS_AHEAD = 14;
    private static final int DAYS_PLANNED = 28;
    private static final List<LocalTime[]> PARTS = List.of(
            new LocalTime[] {LocalTime.MIDNIGHT, LocalTime.NOON},
            new LocalTime[] {LocalTime.NOON, LocalTime.of(23, 59)});
    private static final Logger log = LoggerFactory.getLogger(DemoDropIn.class);

    private final Scheduling scheduling;
    private final Participants participants;
    private final AccountAdministration accounts;
    private final SystemAccess system;
    private final Clock clock;

    DemoDropIn(Scheduling scheduling, Participants participants, AccountAdministration accounts, SystemAccess system,
               Clock clock) {
        this.scheduling = scheduling;
        this.participants = participants;
        this.accounts = accounts;
        this.system = system;
        this.clock = clock;
    }

    /** Plans the days of the coming two weeks that have no drop-in session yet; nothing when the demo is absent. */
    @Scheduled(cron = "0 5 0 * * *", zone = ProgrammeZone.ID)
    void keepOpen() {
        system.asAdministrator(() -> {
            Optional<Long> tutor = accounts.idOf("tutor2").flatMap(participants::supporterIdOfAccount);
            List<Long> children = List.of("learner", "learner2", "learner3").stream()
                    .flatMap(name -> accounts.idOf(name).flatMap(participants::learnerIdOfAccount).stream()).toList();
            Optional<Long> organisation = tutor.flatMap(participants::organisationOfSupporter);
            if (tutor.isEmpty() || children.isEmpty() || organisation.isEmpty()) {
                log.info("No demo drop-in room: the demo's tutor2 or children are not here");
                return;
            }
            LocalDate today = LocalDate.now(clock);
            for (LocalTime[] part : PARTS) {
                Set<LocalDate> planned = scheduling.sessions(today, today.plusDays(DAYS_PLANNED)).stream()
                        .filter(row -> row.title().equals(TITLE) && startsAt(row).equals(part[0]))
                        .map(row -> row.startsAt().atZone(ProgrammeZone.TOKYO).toLocalDate())
                        .collect(Collectors.toSet());
                if (!planned.containsAll(today.datesUntil(today.plusDays(DAYS_AHEAD)).toList())) {
                    scheduling.createSeries(new SeriesPlan(organisation.get(), TITLE, new Place(null, LINK),
                            EnumSet.allOf(DayOfWeek.class), 1, today, today.plusDays(DAYS_PLANNED), part[0], part[1],
                            10, planned, children, List.of(tutor.get())));
                }
            }
        });
    }

    private static LocalTime startsAt(SessionRow row) {
        return row.startsAt().atZone(ProgrammeZone.TOKYO).toLocalTime();
    }
}
