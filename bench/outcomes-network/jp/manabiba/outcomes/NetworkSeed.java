package jp.manabiba.outcomes;

import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;

import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.NetworkDirectory;
import jp.manabiba.people.SiteKind;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.NewAccount;
import jp.manabiba.security.Role;
import jp.manabiba.security.SystemAccess;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fiscal year of a 20-organisation network, written by SQL as the application writes its rows (UTC instants,
 * Asia/Tokyo dates), spread over this fiscal year's months up to yesterday: 1,000 households, 1,500 learners, 500
 * supporters with their training, 20,000 held sessions with their tutors, enrolments and 200,000 attendance rows,
 * 500,000 submissions of the organisations' assignments, ESD self-ratings and community actions, guardian surveys
 * with their invitations, and manual values. Organisations and accounts go through the services (one coordinator
 * per organisation, one administrator). Only what the figures read is complete; answers, attempts and lesson
 * progress, which no figure reads, are left out.
 */
final class NetworkSeed {

    static final int ORGANISATIONS = 20;
    static final int HOUSEHOLDS = 50;          // per organisation: 1,000
    static final int LEARNERS = 75;            // per organisation: 1,500
    static final int SUPPORTERS = 25;          // per organisation: 500
    static final int SESSIONS = 1_000;         // held, per organisation: 20,000
    static final int SERIES = 8;               // per organisation, 10 children enrolled in each
    static final int ENROLLED = 10;            // per series: 10 attendance rows a session, 200,000
    static final int ASSIGNMENTS_PER_SERIES = 312;
    static final int CHOSEN = 40;              // one more assignment per organisation, for chosen children: 500,000
    static final String ADMIN = "bench-admin";
    static final String PASSWORD = "bench-password";

    private static final String[] UNITS = {"akutagawa-yodogawa-nature", "food-loss-kodomo-shokudo", "jishin-sonae-machi",
            "tabunka-kotoba-neighbours"};
    private static final String[][] ABILITIES = {{"systems-thinking", "connections", "participation"},
            {"critical-thinking", "systems-thinking", "cooperation", "participation"},
            {"critical-thinking", "planning", "communication", "cooperation", "participation"},
            {"critical-thinking", "communication", "connections", "participation"}};
    private static final String[] KANA = {"あおき", "いとう", "うえだ", "えんどう", "おおた", "かとう", "きむら", "くどう",
            "こばやし", "さとう", "しみず", "すずき", "たなか", "なかむら", "はやし", "まつもと", "やまだ", "わたなべ"};

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;
    private final Random random = new Random(13);
    private final LocalDate today = LocalDate.now(ProgrammeZone.TOKYO);
    private final LocalDate yearStart = FiscalYear.of(today).firstDay();
    private final LocalDate programmeStart;
    private final Map<String, Integer> written = new LinkedHashMap<>();

    /** What was made, for the benchmark. */
    record Network(List<Long> organisations, String coordinatorOfFirst, Map<String, Integer> rows) {
    }

    NetworkSeed(ApplicationContext context, JdbcTemplate jdbc, int programmeFirstYear) {
        this.context = context;
        this.jdbc = jdbc;
        this.programmeStart = LocalDate.of(programmeFirstYear, 4, 1);
    }

    Network seed() {
        if (!yearStart.isBefore(today.minusDays(30))) {
            throw new IllegalStateException("run the benchmark at least a month into the fiscal year: " + today);
        }
        List<Long> organisations = new ArrayList<>();
        List<Long> coordinators = new ArrayList<>();
        context.getBean(SystemAccess.class).asAdministrator(() -> {
            AccountAdministration accounts = context.getBean(AccountAdministration.class);
            NetworkDirectory network = context.getBean(NetworkDirectory.class);
            accounts.create(new NewAccount(ADMIN, "ベンチ管理者", null, PASSWORD, Set.of(Role.ADMIN)));
            for (int o = 0; o < ORGANISATIONS; o++) {
                long account = accounts.create(new NewAccount("bench-coordinator-" + o, "ベンチ調整役" + o, null, PASSWORD,
                        Set.of(Role.COORDINATOR)));
                long organisation = network.addOrganisation("ベンチ居場所" + (o + 1));
                network.addCoordinator(organisation, account);
                network.addSite(organisation, "こども食堂" + (o + 1), SiteKind.CHILDRENS_CAFETERIA, null);
                network.addSite(organisation, "学習ルーム" + (o + 1), SiteKind.LEARNING_ROOM, null);
                organisations.add(organisation);
                coordinators.add(account);
            }
        });
        Map<String, List<Object[]>> track = networkTracks();
        for (int o = 0; o < ORGANISATIONS; o++) {
            organisation(organisations.get(o), coordinators.get(o), track);
        }
        jdbc.execute("ANALYZE TABLE household, learner, supporter, training_completion, training_trained, session_series,"
                + " tutoring_session, session_learner, session_supporter, attendance, assignment, assignment_submission,"
                + " self_rating, community_action, survey, survey_invitation, survey_answered, indicator_manual_value");
        return new Network(organisations, "bench-coordinator-0", written);
    }

    private void organisation(long org, long coordinator, Map<String, List<Object[]>> tracks) {
        LocalDateTime now = utcNow();
        List<Long> sites = jdbc.queryForList("SELECT id FROM site WHERE organisation_id = ? ORDER BY id", Long.class, org);
        // households: most began before this year (still supported or ended), some this year; a few removed
        List<Object[]> households = new ArrayList<>();
        for (int h = 0; h < HOUSEHOLDS; h++) {
            LocalDate started = random.nextInt(10) < 6 ? day(programmeStart, yearStart) : day(yearStart, today);
            LocalDate ended = random.nextInt(5) == 0 ? day(started, today) : null;
            households.add(new Object[] {org, "ベンチ" + h, KANA[h % KANA.length], "校区" + (h % 6), "JA", started, ended,
                    h == HOUSEHOLDS - 1 ? now : null, utc(started.atTime(10, 0))});
        }
        insert("household", "organisation_id, family_name, family_name_kana, district, preferred_language, support_started,"
                + " support_ended, removed_at, created_at", households);
        List<Long> householdIds = ids("household", org);
        insert("guardian", "household_id, family_name, given_name, preferred_language",
                householdIds.stream().map(h -> new Object[] {h, "ベンチ", "保護者", "JA"}).toList());
        List<Object[]> learners = new ArrayList<>();
        for (int l = 0; l < LEARNERS; l++) {
            learners.add(new Object[] {householdIds.get(l % HOUSEHOLDS), "ベンチ", "子" + l, "べんち", "こ",
                    "P" + (1 + l % 6), "GRADE", now});
        }
        insert("learner", "household_id, family_name, given_name, family_name_kana, given_name_kana, grade, furigana,"
                + " created_at", learners);
        List<Long> learnerIds = jdbc.queryForList("SELECT l.id FROM learner l JOIN household h ON h.id = l.household_id"
                + " WHERE h.organisation_id = ? ORDER BY l.id", Long.class, org);

        List<Long> supporterIds = supporters(org, learnerIds, tracks, coordinator);
        List<Long> seriesIds = series(org, sites);
        sessions(org, sites, seriesIds, learnerIds, supporterIds);
        assignments(org, coordinator, seriesIds, learnerIds);
        esd(org, coordinator, seriesIds, learnerIds);
        surveys(org, coordinator, householdIds);
        manualValues(org, coordinator);
    }

    /** 25 supporters of mixed categories entered over the programme, their completions and trained days. */
    private List<Long> supporters(long org, List<Long> learnerIds, Map<String, List<Object[]>> tracks, long coordinator) {
        List<Object[]> rows = new ArrayList<>();
        List<LocalDate> created = new ArrayList<>();
        for (int s = 0; s < SUPPORTERS; s++) {
            String category = s % 20 < 8 ? "UNIVERSITY_STUDENT" : s % 20 < 13 ? "EX_NURSERY_TEACHER"
                    : s % 20 < 18 ? "PARENT" : "OTHER_VOLUNTEER";
            // the last one or two were children of the organisation's households: they came back this year
            boolean returned = s >= SUPPORTERS - 1 - (org % 2);
            LocalDate on = returned ? day(yearStart, today) : day(programmeStart, today.minusDays(20));
            created.add(on);
            rows.add(new Object[] {org, category, "ベンチ", "担い手" + s, category.equals("UNIVERSITY_STUDENT") ? "ベンチ大学" : null,
                    returned ? learnerIds.get(s) : null, utc(on.atTime(9, 30))});
        }
        insert("supporter", "organisation_id, category, family_name, given_name, affiliation, former_learner_id, created_at",
                rows);
        List<Long> ids = jdbc.queryForList("SELECT id FROM supporter WHERE organisation_id = ? ORDER BY id", Long.class, org);
        List<Object[]> completions = new ArrayList<>();
        List<Object[]> trained = new ArrayList<>();
        for (int s = 0; s < ids.size(); s++) {
            String category = (String) rows.get(s)[1];
            List<Object[]> track = tracks.get(category);
            // most do the whole track over the months after they joined; some stop early
            int done = random.nextInt(4) == 0 ? random.nextInt(track.size()) : track.size();
            LocalDate on = created.get(s).plusDays(random.nextInt(20));
            LocalDate lastNeeded = null;
            boolean allNeeded = true;
            for (int m = 0; m < track.size(); m++) {
                Object[] module = track.get(m);
                boolean needed = !"OPTIONAL".equals(module[3]);
                if (m >= done || !on.isBefore(today)) {
                    allNeeded &= !needed;
                    continue;
                }
                Integer validity = (Integer) module[2];
                completions.add(completion(ids.get(s), (Long) module[0], on, validity, coordinator));
                LocalDate expires = validity == null ? null : on.plusMonths(validity);
                if (expires != null && expires.isBefore(today) && random.nextInt(10) < 6) {
                    completions.add(completion(ids.get(s), (Long) module[0], expires.minusDays(random.nextInt(30)),
                            validity, coordinator));   // renewed before it lapsed
                }
                if (needed) {
                    lastNeeded = on;
                }
                on = on.plusDays(1 + random.nextInt(40));
            }
            if (allNeeded && lastNeeded != null) {
                trained.add(new Object[] {ids.get(s), category, lastNeeded, utc(lastNeeded.atTime(18, 0))});
            }
        }
        insert("training_completion", "supporter_id, module_id, completed_on, expires_on, method, recorded_by, recorded_at",
                completions);
        insert("training_trained", "supporter_id, category, trained_on, recorded_at", trained);
        return ids;
    }

    private static Object[] completion(long supporter, long module, LocalDate on, Integer validity, long coordinator) {
        return new Object[] {supporter, module, on, validity == null ? null : on.plusMonths(validity), "RECORDED", coordinator,
                utc(on.atTime(18, 0))};
    }

    /** Eight weekly series a year: four days a week, at the two sites and online. */
    private List<Long> series(long org, List<Long> sites) {
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < SERIES; k++) {
            boolean online = k % 4 == 3;
            rows.add(new Object[] {org, "学習会" + (k + 1), online ? null : sites.get(k % 2),
                    online ? "https://meet.example.org/bench-" + org + "-" + k : null, "MONDAY,WEDNESDAY,FRIDAY,SATURDAY",
                    1, yearStart, yearStart.plusYears(1).minusDays(1), start(k), start(k).plusMinutes(90), 20,
                    utc(yearStart.minusDays(14).atTime(10, 0))});
        }
        insert("session_series", "organisation_id, title, site_id, meeting_url, weekdays, every_weeks, starts_on, ends_on,"
                + " start_time, end_time, capacity, created_at", rows);
        return ids("session_series", org);
    }

    private static LocalTime start(int series) {
        return LocalTime.of(15, 30).plusMinutes(90L * (series % 3));
    }

    /**
     * 1,000 held sessions a year so far (the series' days, evenly thinned), ended by SessionClosing at their end
     * time: two of the series' three tutors, its ten children enrolled, each child's attendance closed (checked
     * out, late or absent, with minutes); and a few cancelled sessions besides, without attendance.
     */
    private void sessions(long org, List<Long> sites, List<Long> seriesIds, List<Long> learnerIds, List<Long> supporterIds) {
        List<int[]> slots = new ArrayList<>();   // {series, day offset}
        for (LocalDate d = yearStart; d.isBefore(today); d = d.plusDays(1)) {
            DayOfWeek weekday = d.getDayOfWeek();
            if (weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.WEDNESDAY || weekday == DayOfWeek.FRIDAY
                    || weekday == DayOfWeek.SATURDAY) {
                for (int k = 0; k < SERIES; k++) {
                    slots.add(new int[] {k, (int) ChronoUnit.DAYS.between(yearStart, d)});
                }
            }
        }
        List<Object[]> sessions = new ArrayList<>();
        List<int[]> chosen = new ArrayList<>();
        for (int i = 0; i < SESSIONS + SESSIONS / 50; i++) {
            chosen.add(slots.get((int) ((long) i * slots.size() / (SESSIONS + SESSIONS / 50))));
        }
        for (int i = 0; i < chosen.size(); i++) {
            int k = chosen.get(i)[0];
            LocalDate d = yearStart.plusDays(chosen.get(i)[1]);
            LocalDateTime starts = utc(d.atTime(start(k)));
            boolean cancelled = i % 51 == 50;  // 20 of 1,020: SESSIONS held
            boolean online = k % 4 == 3;
            sessions.add(new Object[] {seriesIds.get(k), org, "学習会" + (k + 1), online ? null : sites.get(k % 2),
                    online ? "https://meet.example.org/bench-" + org + "-" + k : null, starts, starts.plusMinutes(90), 20,
                    cancelled ? "台風のため" : null, cancelled ? null : starts.plusMinutes(90)});
        }
        insert("tutoring_session", "series_id, organisation_id, title, site_id, meeting_url, starts_at, ends_at, capacity,"
                + " cancelled_reason, ended_at", sessions);
        List<Object[]> held = jdbc.query("SELECT id, series_id, starts_at, cancelled_reason FROM tutoring_session"
                + " WHERE organisation_id = ? ORDER BY id", (row, i) -> new Object[] {row.getLong(1), row.getLong(2),
                row.getObject(3, LocalDateTime.class), row.getString(4)}, org);
        List<Object[]> tutors = new ArrayList<>();
        List<Object[]> enrolled = new ArrayList<>();
        List<Object[]> attendance = new ArrayList<>();
        for (Object[] session : held) {
            long id = (Long) session[0];
            int k = seriesIds.indexOf((Long) session[1]);
            LocalDateTime starts = (LocalDateTime) session[2];
            int first = random.nextInt(3);
            tutors.add(new Object[] {id, supporterIds.get((k * 3 + first) % SUPPORTERS)});
            tutors.add(new Object[] {id, supporterIds.get((k * 3 + (first + 1) % 3) % SUPPORTERS)});
            for (int c = 0; c < ENROLLED; c++) {
                long learner = learnerIds.get((k * ENROLLED + c) % LEARNERS);
                enrolled.add(new Object[] {id, learner});
                if (session[3] != null) {
                    continue;
                }
                int roll = random.nextInt(100);
                if (roll < 18) {
                    attendance.add(new Object[] {id, learner, "ABSENT", null, null, 0});
                } else {
                    boolean late = roll < 28;
                    LocalDateTime joined = starts.plusMinutes(late ? 15 + random.nextInt(30) : random.nextInt(8) - 5);
                    LocalDateTime left = starts.plusMinutes(90 - (random.nextInt(4) == 0 ? random.nextInt(30) : 0));
                    LocalDateTime from = joined.isAfter(starts) ? joined : starts;
                    attendance.add(new Object[] {id, learner, late ? "LATE" : "CHECKED_OUT", joined, left,
                            (int) ChronoUnit.MINUTES.between(from, left)});
                }
            }
        }
        insert("session_supporter", "session_id, supporter_id", tutors);
        insert("session_learner", "session_id, learner_id", enrolled);
        insert("attendance", "session_id, learner_id, state, first_joined_at, left_at, minutes", attendance);
    }

    /**
     * 312 assignments per series, due over the year, for its ten children, and one for 40 chosen children of the
     * organisation: 25,000 submissions, handed in (submitted or reviewed) for most of those already due.
     */
    private void assignments(long org, long coordinator, List<Long> seriesIds, List<Long> learnerIds) {
        long days = ChronoUnit.DAYS.between(yearStart, today);
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < SERIES; k++) {
            for (int a = 0; a < ASSIGNMENTS_PER_SERIES; a++) {
                LocalDate due = yearStart.plusDays(7 + (long) a * (days + 30) / ASSIGNMENTS_PER_SERIES);
                rows.add(assignment(org, coordinator, "宿題 " + (k + 1) + "-" + (a + 1), due));
            }
        }
        rows.add(assignment(org, coordinator, "夏休みのふりかえり", yearStart.plusMonths(5)));
        insert("assignment", "organisation_id, author_account_id, title, instructions, due_at, state, created_at, published_at",
                rows);
        List<Long> assignmentIds = ids("assignment", org);
        insert("assignment_question", "assignment_id, position, kind, prompt, points",
                assignmentIds.stream().map(a -> new Object[] {a, 1, "LONG_TEXT", "やったことを書きましょう。", 10}).toList());
        List<Object[]> recipients = new ArrayList<>();
        List<Object[]> submissions = new ArrayList<>();
        for (int i = 0; i < assignmentIds.size(); i++) {
            long assignment = assignmentIds.get(i);
            LocalDateTime due = (LocalDateTime) rows.get(i)[4];
            List<Long> learners = new ArrayList<>();
            if (i < SERIES * ASSIGNMENTS_PER_SERIES) {
                int k = i / ASSIGNMENTS_PER_SERIES;
                recipients.add(new Object[] {assignment, seriesIds.get(k)});
                for (int c = 0; c < ENROLLED; c++) {
                    learners.add(learnerIds.get((k * ENROLLED + c) % LEARNERS));
                }
            } else {
                learners.addAll(learnerIds.subList(0, CHOSEN));
            }
            for (long learner : learners) {
                submissions.add(submission(assignment, learner, due, coordinator));
            }
        }
        insert("assignment_series", "assignment_id, series_id", recipients);
        insert("assignment_learner", "assignment_id, learner_id", learnerIds.subList(0, CHOSEN).stream()
                .map(l -> new Object[] {assignmentIds.getLast(), l}).toList());
        insert("assignment_submission", "assignment_id, learner_id, state, attempt, due_at, late, saved_at, submitted_at,"
                + " reviewed_at, reviewed_by, score, max_score", submissions);
    }

    private Object[] assignment(long org, long author, String title, LocalDate due) {
        LocalDateTime created = utc(due.minusDays(7).atTime(17, 0));
        return new Object[] {org, author, title, "今日の学習の続きをやりましょう。", utc(due.atTime(20, 0)), "PUBLISHED", created,
                created};
    }

    /** Work due in the past: mostly handed in (half of it reviewed done), some returned, in progress or untouched. */
    private Object[] submission(long assignment, long learner, LocalDateTime due, long reviewer) {
        LocalDateTime now = utcNow();
        int roll = random.nextInt(100);
        if (due.isAfter(now) || roll >= 90) {
            return new Object[] {assignment, learner, "NEW", 1, due, false, null, null, null, null, null, 10};
        }
        LocalDateTime submitted = due.minusHours(random.nextInt(120)).plusHours(roll < 8 ? 30 : 0);
        if (submitted.isAfter(now)) {
            submitted = now.minusHours(1);
        }
        boolean late = submitted.isAfter(due);
        if (roll < 50) {
            LocalDateTime reviewed = submitted.plusHours(1 + random.nextInt(48));
            return new Object[] {assignment, learner, "DONE", 1, due, late, submitted, submitted,
                    reviewed.isAfter(now) ? now : reviewed, reviewer, 6 + random.nextInt(5), 10};
        }
        if (roll < 80) {
            return new Object[] {assignment, learner, "SUBMITTED", 1, due, late, submitted, submitted, null, null, null, 10};
        }
        if (roll < 85) {
            return new Object[] {assignment, learner, "RETURNED", 1, due, late, submitted, submitted, submitted.plusHours(2),
                    reviewer, 4, 10};
        }
        return new Object[] {assignment, learner, "IN_PROGRESS", 1, due, false, submitted, null, null, null, null, 10};
    }

    /**
     * Two ESD units per series: each child rates the unit's abilities at its start, most at its end (a unit
     * completed) and then plan a community action, most of which they report done.
     */
    private void esd(long org, long coordinator, List<Long> seriesIds, List<Long> learnerIds) {
        List<Object[]> assigned = new ArrayList<>();
        List<Object[]> ratings = new ArrayList<>();
        List<Object[]> actions = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        long days = ChronoUnit.DAYS.between(yearStart, today);
        for (int k = 0; k < SERIES; k++) {
            for (int u = 0; u < 2; u++) {
                int unit = (k + u) % UNITS.length;
                LocalDate begins = yearStart.plusDays((u * days / 2) + random.nextInt((int) Math.max(1, days / 2 - 40)));
                assigned.add(new Object[] {UNITS[unit], org, seriesIds.get(k), coordinator, utc(begins.atTime(16, 0))});
                for (int c = 0; c < ENROLLED; c++) {
                    long learner = learnerIds.get((k * ENROLLED + c) % LEARNERS);
                    if (seen.put(learner + "/" + unit, true) != null) {
                        continue;
                    }
                    LocalDateTime started = utc(begins.plusDays(random.nextInt(7)).atTime(16, 30));
                    LocalDate ends = begins.plusDays(21 + random.nextInt(14));
                    boolean finished = random.nextInt(10) < 8 && ends.isBefore(today);
                    for (String ability : ABILITIES[unit]) {
                        int level = 1 + random.nextInt(3);
                        ratings.add(new Object[] {learner, org, UNITS[unit], "START", ability, level, started});
                        if (finished) {
                            ratings.add(new Object[] {learner, org, UNITS[unit], "END", ability,
                                    Math.max(1, Math.min(4, level + random.nextInt(3) - (random.nextInt(8) == 0 ? 1 : 0))),
                                    utc(ends.atTime(17, 0))});
                        }
                    }
                    if (finished) {
                        LocalDate doneOn = ends.plusDays(1 + random.nextInt(14));
                        boolean reported = random.nextInt(10) < 7 && doneOn.isBefore(today);
                        actions.add(new Object[] {learner, org, UNITS[unit], "action", reported ? "REPORTED" : "PLANNED",
                                "家の人と話し合う", "家族", ends.plusDays(7), utc(ends.atTime(17, 10)),
                                reported ? "家族で話し合った" : null, reported ? 20 + random.nextInt(100) : null,
                                reported ? "自分にもできることがあった" : null, reported ? doneOn : null,
                                reported ? utc(doneOn.atTime(19, 0)) : null});
                    }
                }
            }
        }
        insert("unit_assignment", "unit_id, organisation_id, series_id, assigned_by, assigned_at", assigned);
        insert("self_rating", "learner_id, organisation_id, unit_id, moment, ability, level, rated_at", ratings);
        insert("community_action", "learner_id, organisation_id, unit_id, activity_id, state, plan_what, plan_with_whom,"
                + " planned_on, planned_at, report_what, minutes, learned, done_on, reported_at", actions);
    }

    /** Two anonymous guardian surveys this year, each household invited by a link; about 55 % answered. */
    private void surveys(long org, long coordinator, List<Long> householdIds) {
        SecureRandom tokens = new SecureRandom();
        for (int n = 0; n < 2; n++) {
            LocalDate opens = yearStart.plusMonths(2L + 4L * n);
            if (!opens.isBefore(today)) {
                continue;
            }
            jdbc.update("INSERT INTO survey (organisation_id, title, audience, anonymous, opens_on, closes_on, published_at,"
                    + " created_by, created_at) VALUES (?, ?, 'GUARDIAN', TRUE, ?, ?, ?, ?, ?)", org, "保護者アンケート" + (n + 1),
                    opens, opens.plusDays(14), utc(opens.atTime(9, 0)), coordinator, utc(opens.minusDays(7).atTime(9, 0)));
            long survey = jdbc.queryForObject("SELECT MAX(id) FROM survey WHERE organisation_id = ?", Long.class, org);
            jdbc.update("INSERT INTO survey_version (survey_id, number, created_at) VALUES (?, 1, ?)", survey,
                    utc(opens.minusDays(7).atTime(9, 0)));
            long version = jdbc.queryForObject("SELECT id FROM survey_version WHERE survey_id = ?", Long.class, survey);
            jdbc.update("INSERT INTO survey_question (version_id, position, kind, required) VALUES (?, 1, 'LIKERT', TRUE)",
                    version);
            List<Object[]> invitations = new ArrayList<>();
            for (long household : householdIds) {
                byte[] hash = new byte[32];
                tokens.nextBytes(hash);
                invitations.add(new Object[] {survey, household, "JA", hash, utc(opens.plusDays(15).atStartOfDay()),
                        utc(opens.atTime(9, 0))});
            }
            insert("survey_invitation", "survey_id, household_id, language, token_hash, expires_at, created_at", invitations);
            List<Long> invited = jdbc.queryForList("SELECT id FROM survey_invitation WHERE survey_id = ? ORDER BY id",
                    Long.class, survey);
            List<Object[]> answered = new ArrayList<>();
            List<Object[]> responses = new ArrayList<>();
            for (long invitation : invited) {
                if (random.nextInt(100) < 55) {
                    byte[] id = new byte[16];
                    tokens.nextBytes(id);
                    answered.add(new Object[] {invitation});
                    responses.add(new Object[] {id, survey, version, true, opens.plusDays(random.nextInt(14)), "JA"});
                }
            }
            insert("survey_answered", "invitation_id", answered);
            insert("survey_response", "id, survey_id, version_id, submitted, submitted_on, language", responses);
        }
    }

    /** Meals served each month and the bimonthly liaison meetings, as the coordinator enters them. */
    private void manualValues(long org, long coordinator) {
        List<Object[]> rows = new ArrayList<>();
        for (LocalDate month = yearStart; month.isBefore(today.withDayOfMonth(1)); month = month.plusMonths(1)) {
            LocalDateTime entered = utc(month.plusMonths(1).atTime(10, 0));
            rows.add(new Object[] {"FOOD_MEALS", org, month, 40 + random.nextInt(30), coordinator, "ベンチ調整役", entered});
            if (month.getMonthValue() % 2 == 0) {
                rows.add(new Object[] {"LIAISON_MEETINGS", org, month, 1, coordinator, "ベンチ調整役", entered});
            }
        }
        insert("indicator_manual_value", "indicator_code, organisation_id, month, value, entered_by, entered_by_name,"
                + " entered_at", rows);
    }

    /** The network's track of each category: module id, code, validity months, requirement, in track order. */
    private Map<String, List<Object[]>> networkTracks() {
        Map<String, List<Object[]>> tracks = new HashMap<>();
        jdbc.query("""
                SELECT t.category, m.id, m.code, m.validity_months, tm.requirement
                FROM training_track t JOIN training_track_module tm ON tm.track_id = t.id
                JOIN training_module m ON m.id = tm.module_id
                WHERE t.organisation_id IS NULL ORDER BY t.category, tm.position""", row -> {
            int months = row.getInt(4);
            Integer validity = row.wasNull() ? null : months;
            tracks.computeIfAbsent(row.getString(1), c -> new ArrayList<>()).add(new Object[] {row.getLong(2),
                    row.getString(3), validity, row.getString(5)});
        });
        return tracks;
    }

    private List<Long> ids(String table, long org) {
        return jdbc.queryForList("SELECT id FROM " + table + " WHERE organisation_id = ? ORDER BY id", Long.class, org);
    }

    /** Multi-row INSERTs of up to 1,000 rows (one round trip each), counted per table. */
    private void insert(String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int width = rows.getFirst().length;
        StringJoiner one = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < width; i++) {
            one.add("?");
        }
        for (int from = 0; from < rows.size(); from += 1_000) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 1_000));
            StringJoiner values = new StringJoiner(", ");
            List<Object> args = new ArrayList<>(chunk.size() * width);
            for (Object[] row : chunk) {
                values.add(one.toString());
                args.addAll(java.util.Arrays.asList(row));
            }
            jdbc.update("INSERT INTO " + table + " (" + columns + ") VALUES " + values, args.toArray());
        }
        written.merge(table, rows.size(), Integer::sum);
    }

    /** A random day in [from, until). */
    private LocalDate day(LocalDate from, LocalDate until) {
        long span = ChronoUnit.DAYS.between(from, until);
        return span <= 0 ? from : from.plusDays(random.nextLong(span));
    }

    /** A Tokyo wall-clock time as the UTC wall-clock time DATETIME columns hold. */
    private static LocalDateTime utc(LocalDateTime tokyo) {
        return LocalDateTime.ofInstant(tokyo.atZone(ProgrammeZone.TOKYO).toInstant(), ZoneOffset.UTC);
    }

    private static LocalDateTime utcNow() {
        return LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    }
}
