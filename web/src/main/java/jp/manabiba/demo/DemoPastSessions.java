package jp.manabiba.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.LearnerRow;
import jp.manabiba.people.Participants;
import jp.manabiba.people.SiteOption;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.people.SupporterRow;
import jp.manabiba.tutoring.HeldSessionRecords;
import jp.manabiba.tutoring.PastSession;
import jp.manabiba.tutoring.Place;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The sessions each demo site held before the demo began, recorded as a coordinator records sessions kept on paper
 * ({@link HeldSessionRecords}): weekly at every site of the coordinator's organisations, each site on its own
 * weekday, run by the organisation's supporters without an account (the demo's tutors with one run the live room,
 * so nobody is in two sessions at once). Each fiscal year the site's group is a little larger and partly new;
 * fewer children come in August and around the New Year, and the sessions pause for お盆 and the New Year holidays.
 */
@Component
@ConditionalOnBooleanProperty("manabiba.demo.enabled")
class DemoPastSessions {

    private static final Logger log = LoggerFactory.getLogger(DemoPastSessions.class);
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.THURSDAY, DayOfWeek.SATURDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    private static final List<LocalTime> STARTS = List.of(LocalTime.of(17, 0), LocalTime.of(11, 0),
            LocalTime.of(16, 0), LocalTime.of(18, 0));
    private static final int MINUTES = 90;

    private final HeldSessionRecords records;
    private final Participants participants;
    private final LearnerRecords learners;
    private final SupporterRecords supporters;

    DemoPastSessions(HeldSessionRecords records, Participants participants, LearnerRecords learners,
                     SupporterRecords supporters) {
        this.records = records;
        this.participants = participants;
        this.learners = learners;
        this.supporters = supporters;
    }

    /** As the signed-in coordinator, for each of their organisations' sites, from {@code first} to {@code last}. */
    int record(LocalDate first, LocalDate last, Random random) {
        int made = 0;
        List<Long> organisations = participants.managedOrganisations().stream().sorted().toList();
        List<SupporterRow> everyone = supporters.list();
        for (int o = 0; o < organisations.size(); o++) {
            long organisation = organisations.get(o);
            List<SiteOption> sites = participants.sitesOf(List.of(organisation)).stream()
                    .sorted(Comparator.comparingLong(SiteOption::id)).toList();
            List<Long> children = learners.enrolableIn(organisation).stream().map(LearnerRow::id).sorted().toList();
            List<Long> team = everyone.stream().filter(s -> !s.hasAccount()).map(SupporterRow::id)
                    .filter(s -> participants.organisationOfSupporter(s).orElse(-1L) == organisation).sorted().toList();
            if (team.isEmpty() || children.isEmpty()) {
                continue;
            }
            for (int s = 0; s < sites.size(); s++) {
                int kind = (2 * o + s) % WEEKDAYS.size(); // the sites of one organisation on different days
                List<Long> pool = every(children, sites.size(), s);
                made += site(organisation, sites.get(s), kind, pool, team, first, last, random);
            }
        }
        return made;
    }

    private int site(long organisation, SiteOption site, int kind, List<Long> pool, List<Long> team, LocalDate first,
                     LocalDate last, Random random) {
        int made = 0;
        int week = 0;
        for (LocalDate day = first.with(TemporalAdjusters.nextOrSame(WEEKDAYS.get(kind))); !day.isAfter(last);
             day = day.plusWeeks(1), week++) {
            if (holiday(day)) {
                continue;
            }
            List<Long> group = group(pool, fiscalYearsIn(first, day));
            Set<Long> came = new HashSet<>();
            Set<Long> away = new HashSet<>();
            double chance = chance(day);
            for (long child : group) {
                (random.nextDouble() < chance ? came : away).add(child);
            }
            List<Long> runners = new ArrayList<>(List.of(team.get((week + kind) % team.size())));
            if (team.size() > 1 && week % 3 == 0) {
                runners.add(team.get((week + kind + 1) % team.size()));
            }
            try {
                records.record(new PastSession(organisation, site.name() + " 学習会", new Place(site.id(), null), day,
                        STARTS.get(kind), MINUTES, runners, came, away));
                made++;
            } catch (InvalidInput clash) { // e.g. a supporter already in a session then: the week is skipped
                log.debug("Demo history: no session at {} on {}: {}", site.name(), day, clash.messageKey());
            }
        }
        return made;
    }

    /** The children of one of an organisation's sites: every n-th of its children. */
    private static List<Long> every(List<Long> children, int sites, int site) {
        List<Long> pool = new ArrayList<>();
        for (int i = site; i < children.size(); i += sites) {
            pool.add(children.get(i));
        }
        return pool;
    }

    /** The group of a fiscal year: five children the first year, two more each year, two of them new. */
    private static List<Long> group(List<Long> pool, int year) {
        int size = Math.min(pool.size(), 5 + 2 * year);
        List<Long> group = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            group.add(pool.get((2 * year + i) % pool.size()));
        }
        return group;
    }

    private static int fiscalYearsIn(LocalDate first, LocalDate day) {
        return fiscalYear(day) - fiscalYear(first);
    }

    private static int fiscalYear(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    /** お盆 (13-16 August) and the New Year (29 December to 3 January): no sessions. */
    private static boolean holiday(LocalDate day) {
        return day.getMonth() == Month.AUGUST && day.getDayOfMonth() >= 13 && day.getDayOfMonth() <= 16
                || day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 29
                || day.getMonth() == Month.JANUARY && day.getDayOfMonth() <= 3;
    }

    /** How likely a child of the group comes: less in the summer holidays and at the year's end, a little in March. */
    private static double chance(LocalDate day) {
        return switch (day.getMonth()) {
            case AUGUST -> 0.45;
            case DECEMBER, JANUARY -> day.getDayOfMonth() >= 20 || day.getDayOfMonth() <= 10 ? 0.55 : 0.8;
            case MARCH -> 0.7;
            default -> 0.8;
        };
    }
}
