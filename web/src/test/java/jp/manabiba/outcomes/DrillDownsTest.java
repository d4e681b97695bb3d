package jp.manabiba.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import jp.manabiba.audit.AuditFilter;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.audit.AuditRow;
import jp.manabiba.base.FirstRows;
import jp.manabiba.base.MonthRange;
import jp.manabiba.learning.EsdRows;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.people.ReturnedSupporterRows;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.surveys.SurveyRows;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import jp.manabiba.training.TrainingRecords;
import jp.manabiba.training.TrainingRows;
import jp.manabiba.tutoring.TutoringRows;
import jp.manabiba.assignments.WorkRows;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every computed indicator's drill-down against its figure, for one small organisation on both sides of the fiscal
 * year's boundary (31 March 23:30 / 1 April 00:00 Asia/Tokyo): the rows are the records the figure counts. Only the
 * organisation's own coordinators see them, through outcomes and through each feature's service, and each look and
 * each record shown is in the audit log.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrillDownsTest {

    private static final Instant MARCH_31_LATE = Instant.parse("2026-03-31T14:30:00Z");
    private static final Instant APRIL_1_MIDNIGHT = Instant.parse("2026-03-31T15:00:00Z");
    private static final List<Integer> YEARS = List.of(2025, 2026);
    /** Indicators that count one record or person per row. */
    private static final List<String> COUNTS = List.of("HOUSEHOLDS_SUPPORTED", "SESSIONS_HELD", "CHILDREN_ATTENDING",
            "ASSIGNMENTS_COMPLETED", "ESD_UNITS_COMPLETED", "COMMUNITY_ACTIONS", "TRAINED_STUDENTS", "TRAINED_PARENTS",
            "TRAINED_EX_NURSERY_TEACHERS", "SUPPORTERS_READY", "STUDENTS_INTERPERSONAL", "RETURNED_SUPPORTERS");
    private static final List<String> RATIOS = List.of("ATTENDANCE_RATE", "SUPPORT_HOURS_PER_LEARNER",
            "ESD_ABILITY_CHANGE", "COMMUNITY_ACTION_HOURS", "SURVEY_RESPONSE_RATE");

    @Autowired
    ApplicationContext context;
    @Autowired
    OutcomeDashboard dashboard;
    @Autowired
    DrillDowns drillDowns;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;

    PeopleFixture f;
    Acting acting;

    @BeforeAll
    void records() {
        f = new PeopleFixture(context, "outcomes-drill");
        acting = new Acting(context);
        long march = session(MARCH_31_LATE);
        long april = session(APRIL_1_MIDNIGHT);
        jdbc.update("INSERT INTO attendance (session_id, learner_id, state, minutes) VALUES (?, ?, 'CHECKED_OUT', 30)", march, f.learnerOfA);
        jdbc.update("INSERT INTO attendance (session_id, learner_id, state, minutes) VALUES (?, ?, 'ABSENT', NULL)", april, f.learnerOfA);
        jdbc.update("""
                INSERT INTO assignment (organisation_id, author_account_id, title, due_at, state, created_at)
                VALUES (?, ?, '年度末の課題', ?, 'PUBLISHED', ?)""", f.organisationA, f.coordinatorA.accountId(),
                utc(APRIL_1_MIDNIGHT), utc(MARCH_31_LATE));
        long assignment = last("assignment");
        jdbc.update("""
                INSERT INTO assignment_submission (assignment_id, learner_id, state, due_at, submitted_at)
                VALUES (?, ?, 'SUBMITTED', ?, ?)""", assignment, f.learnerOfA, utc(APRIL_1_MIDNIGHT), utc(MARCH_31_LATE));
        rating("unit-march", "START", 1, MARCH_31_LATE.minusSeconds(86_400));
        rating("unit-march", "END", 3, MARCH_31_LATE);
        rating("unit-april", "START", 2, MARCH_31_LATE);
        rating("unit-april", "END", 3, APRIL_1_MIDNIGHT);
        action("unit-march", LocalDate.of(2026, 3, 31), 45);
        action("unit-april", LocalDate.of(2026, 4, 1), 90);
        trained(supporter("UNIVERSITY_STUDENT", null, MARCH_31_LATE), "UNIVERSITY_STUDENT", LocalDate.of(2026, 3, 31));
        trained(supporter("PARENT", null, MARCH_31_LATE), "PARENT", LocalDate.of(2026, 4, 1));
        long student = supporter("UNIVERSITY_STUDENT", null, MARCH_31_LATE);
        long workshop = Objects.requireNonNull(jdbc.queryForObject(
                "SELECT id FROM training_module WHERE code = 'interpersonal-support-workshop'", Long.class));
        acting.as(f.coordinatorA, () -> context.getBean(TrainingRecords.class)
                .recordCompletion(student, workshop, LocalDate.of(2026, 4, 1), null));
        supporter("UNIVERSITY_STUDENT", f.learnerOfA, MARCH_31_LATE);
        long survey = survey(LocalDate.of(2026, 3, 31), true);
        jdbc.update("INSERT INTO survey_answered (invitation_id) VALUES (?)", invite(survey, f.learnerA.accountId()));
        invite(survey, f.tutorA.accountId());
        invite(survey(LocalDate.of(2026, 4, 1), false), f.learnerA.accountId());
    }

    @Test
    void each_count_has_one_row_per_record_it_counts_in_the_tokyo_fiscal_year() {
        for (int year : YEARS) {
            for (String code : COUNTS) {
                BigDecimal figure = year(code, year);
                FirstRows<DrillRow> rows = rows(code, year);
                assertThat(rows.total()).as(code + " " + year).isEqualTo(figure == null ? 0 : figure.longValueExact());
                assertThat(rows.rows()).as(code + " " + year).hasSize((int) rows.total());
            }
        }
        assertThat(rows("SESSIONS_HELD", 2025).rows()).singleElement()
                .satisfies(r -> assertThat(r.detail()).isEqualTo("2026-03-31 23:30"));
        assertThat(rows("TRAINED_STUDENTS", 2025).total()).isEqualTo(1);
        assertThat(rows("TRAINED_PARENTS", 2026).total()).isEqualTo(1);
        assertThat(rows("ASSIGNMENTS_COMPLETED", 2025).rows()).singleElement()
                .satisfies(r -> assertThat(r.label()).isEqualTo("年度末の課題"));
    }

    @Test
    void each_ratio_is_made_of_its_rows_on_both_sides_of_1_april() {
        TutoringRows tutoring = context.getBean(TutoringRows.class);
        EsdRows esd = context.getBean(EsdRows.class);
        SurveyRows surveys = context.getBean(SurveyRows.class);
        for (int year : YEARS) {
            MonthRange range = range(year);
            var expected = coordinatorA(() -> tutoring.childrenExpected(f.organisationA, range)).rows();
            same(percent(expected.stream().mapToLong(c -> c.attended()).sum(), expected.stream().mapToLong(c -> c.expected()).sum()),
                    year("ATTENDANCE_RATE", year));
            var attending = coordinatorA(() -> tutoring.childrenAttending(f.organisationA, range)).rows();
            same(ratio(attending.stream().mapToLong(c -> c.minutes()).sum(), attending.size() * 60L),
                    year("SUPPORT_HOURS_PER_LEARNER", year));
            var pairs = coordinatorA(() -> esd.ratingPairs(f.organisationA, range, Locale.JAPANESE)).rows();
            same(ratio((long) pairs.stream().mapToDouble(p -> p.endLevel() - Objects.requireNonNull(p.startLevel())).sum(),
                    pairs.size()), year("ESD_ABILITY_CHANGE", year));
            var actions = coordinatorA(() -> esd.actions(f.organisationA, range)).rows();
            same(ratio(actions.stream().mapToLong(a -> a.minutes()).sum(), 60), year("COMMUNITY_ACTION_HOURS", year));
            var answered = coordinatorA(() -> surveys.responsesIn(f.organisationA, range)).rows();
            same(percent(answered.stream().mapToLong(s -> s.answered()).sum(), answered.stream().mapToLong(s -> s.invited()).sum()),
                    year("SURVEY_RESPONSE_RATE", year));
            // the dashboard's drill-down lists the same records, one row each
            assertThat(rows("ATTENDANCE_RATE", year).rows()).hasSameSizeAs(expected);
            assertThat(rows("SUPPORT_HOURS_PER_LEARNER", year).rows()).hasSameSizeAs(attending);
            assertThat(rows("ESD_ABILITY_CHANGE", year).rows()).hasSameSizeAs(pairs);
            assertThat(rows("COMMUNITY_ACTION_HOURS", year).rows()).hasSameSizeAs(actions);
            assertThat(rows("SURVEY_RESPONSE_RATE", year).rows()).hasSameSizeAs(answered);
        }
        assertThat(rows("SURVEY_RESPONSE_RATE", 2025).rows()).singleElement()
                .satisfies(r -> assertThat(r.detail()).isEqualTo("依頼 2 件・回答 1 件(2026-03-31 開始)"));
    }

    @Test
    void only_the_organisations_own_coordinators_see_the_rows_never_an_administrator_or_a_tutor() {
        for (String code : concat()) {
            for (TestPrincipal user : List.of(f.coordinatorB, f.admin, f.tutorA)) {
                assertRefused(user, () -> drillDowns.rows(f.organisationA, code, new FiscalYear(2025), Locale.JAPANESE));
            }
        }
        MonthRange range = range(2025);
        for (TestPrincipal user : List.of(f.coordinatorB, f.admin, f.tutorA)) {
            assertRefused(user, () -> context.getBean(TutoringRows.class).childrenAttending(f.organisationA, range));
            assertRefused(user, () -> context.getBean(TutoringRows.class).sessionsHeld(f.organisationA, range));
            assertRefused(user, () -> context.getBean(WorkRows.class).completedIn(f.organisationA, range));
            assertRefused(user, () -> context.getBean(EsdRows.class).actions(f.organisationA, range));
            assertRefused(user, () -> context.getBean(TrainingRows.class).ready(f.organisationA, range));
            assertRefused(user, () -> context.getBean(ReturnedSupporterRows.class).returnedIn(f.organisationA, range));
            assertRefused(user, () -> context.getBean(SurveyRows.class).responsesIn(f.organisationA, range));
        }
        IndicatorCard network = acting.as(f.admin, () -> dashboard.cards(null, new FiscalYear(2025))).stream()
                .filter(c -> c.indicator().code().equals("CHILDREN_ATTENDING")).findFirst().orElseThrow();
        assertThat(network.drillsDown()).as("the network view has no drill-down").isFalse();
        assertThat(card("CHILDREN_ATTENDING", 2025).drillsDown()).isTrue();
    }

    @Test
    void each_look_and_each_record_shown_is_in_the_audit_log() {
        rows("CHILDREN_ATTENDING", 2025);
        rows("ASSIGNMENTS_COMPLETED", 2025);
        rows("COMMUNITY_ACTIONS", 2025);
        rows("RETURNED_SUPPORTERS", 2025);
        rows("SURVEY_RESPONSE_RATE", 2025);

        assertThat(audited("organisation")).anySatisfy(e -> {
            assertThat(e.recordId()).isEqualTo(f.organisationA);
            assertThat(e.screen()).isEqualTo("outcomes-children_attending");
        });
        assertThat(audited("learner")).anySatisfy(e -> assertThat(e.recordId()).isEqualTo(f.learnerOfA));
        assertThat(audited("submission")).isNotEmpty().allSatisfy(e -> assertThat(e.screen()).isEqualTo("outcomes"));
        assertThat(audited("community-action")).isNotEmpty();
        assertThat(audited("supporter")).isNotEmpty();
        assertThat(audited("survey")).isNotEmpty();
    }

    private List<AuditRow> audited(String recordType) {
        return acting.as(f.admin, () -> audit.search(new AuditFilter(f.coordinatorA.username(), recordType, null, null), 0, 100));
    }

    private List<String> concat() {
        return java.util.stream.Stream.concat(COUNTS.stream(), RATIOS.stream()).toList();
    }

    private FirstRows<DrillRow> rows(String code, int year) {
        return coordinatorA(() -> drillDowns.rows(f.organisationA, code, new FiscalYear(year), Locale.JAPANESE));
    }

    private <T> T coordinatorA(Supplier<T> call) {
        return acting.as(f.coordinatorA, call);
    }

    private void assertRefused(TestPrincipal user, Supplier<?> call) {
        assertThatThrownBy(() -> acting.as(user, call))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    private static MonthRange range(int year) {
        return new MonthRange(YearMonth.of(year, 4), YearMonth.of(year + 1, 3));
    }

    private static @Nullable BigDecimal percent(long count, long base) {
        return ratio(count * 100, base);
    }

    /** The figure made of the rows is the card's (both absent when nothing was there to count). */
    private static void same(@Nullable BigDecimal fromRows, @Nullable BigDecimal figure) {
        if (fromRows == null || figure == null) {
            assertThat(fromRows).isEqualTo(figure);
        } else {
            assertThat(fromRows).isEqualByComparingTo(figure);
        }
    }

    private static @Nullable BigDecimal ratio(long count, long base) {
        return base == 0 ? null : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
    }

    private @Nullable BigDecimal year(String code, int year) {
        return card(code, year).yearValue().value();
    }

    private IndicatorCard card(String code, int year) {
        return coordinatorA(() -> dashboard.cards(f.organisationA, new FiscalYear(year))).stream()
                .filter(c -> c.indicator().code().equals(code)).findFirst().orElseThrow();
    }

    private long session(Instant start) {
        jdbc.update("""
                INSERT INTO tutoring_session (organisation_id, title, starts_at, ends_at, capacity, ended_at)
                VALUES (?, 'fy', ?, ?, 10, ?)""", f.organisationA, utc(start), utc(start.plusSeconds(1_800)),
                utc(start.plusSeconds(1_800)));
        return last("tutoring_session");
    }

    private void rating(String unit, String moment, int level, Instant at) {
        jdbc.update("""
                INSERT INTO self_rating (learner_id, organisation_id, unit_id, moment, ability, level, rated_at)
                VALUES (?, ?, ?, ?, 'critical-thinking', ?, ?)""", f.learnerOfA, f.organisationA, unit, moment, level, utc(at));
    }

    private void action(String unit, LocalDate done, int minutes) {
        jdbc.update("""
                INSERT INTO community_action (learner_id, organisation_id, unit_id, activity_id, state, plan_what,
                  plan_with_whom, planned_on, planned_at, report_what, minutes, done_on, reported_at)
                VALUES (?, ?, ?, 'act', 'REPORTED', 'ごみひろい', 'ともだち', ?, ?, 'ひろった', ?, ?, ?)""",
                f.learnerOfA, f.organisationA, unit, done, utc(MARCH_31_LATE), minutes, done, utc(APRIL_1_MIDNIGHT));
    }

    private long supporter(String category, @Nullable Long formerLearner, Instant created) {
        jdbc.update("""
                INSERT INTO supporter (organisation_id, category, family_name, given_name, created_at, former_learner_id)
                VALUES (?, ?, '支援', '花子', ?, ?)""", f.organisationA, category, utc(created), formerLearner);
        return last("supporter");
    }

    private void trained(long supporter, String category, LocalDate on) {
        jdbc.update("INSERT INTO training_trained (supporter_id, category, trained_on, recorded_at) VALUES (?, ?, ?, ?)",
                supporter, category, on, utc(APRIL_1_MIDNIGHT));
    }

    private long survey(LocalDate opens, boolean anonymous) {
        jdbc.update("""
                INSERT INTO survey (organisation_id, title, audience, anonymous, opens_on, closes_on, published_at,
                  created_by, created_at) VALUES (?, 'fy', 'LEARNER', ?, ?, ?, ?, ?, ?)""", f.organisationA, anonymous,
                opens, opens.plusDays(14), utc(MARCH_31_LATE), f.coordinatorA.accountId(), utc(MARCH_31_LATE));
        return last("survey");
    }

    private long invite(long survey, long account) {
        jdbc.update("INSERT INTO survey_invitation (survey_id, account_id, created_at) VALUES (?, ?, ?)", survey, account,
                utc(MARCH_31_LATE));
        return last("survey_invitation");
    }

    private long last(String table) {
        return Objects.requireNonNull(jdbc.queryForObject("SELECT MAX(id) FROM " + table, Long.class));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
