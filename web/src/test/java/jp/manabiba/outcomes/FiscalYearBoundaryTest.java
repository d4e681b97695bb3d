package jp.manabiba.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jp.manabiba.people.Circumstance;
import jp.manabiba.people.HomeLanguage;
import jp.manabiba.people.HouseholdDetails;
import jp.manabiba.people.HouseholdRecords;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every computed indicator at the fiscal-year boundary: a record of 31 March 23:30 Tokyo (14:30 UTC) counts in
 * the year that ends, one of 1 April 00:00 Tokyo (15:00 UTC on 31 March) in the next. The records of the other
 * features are written as rows (the services refuse to plan sessions in the past); households through people.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiscalYearBoundaryTest {

    private static final Instant MARCH_31_LATE = Instant.parse("2026-03-31T14:30:00Z");
    private static final Instant APRIL_1_MIDNIGHT = Instant.parse("2026-03-31T15:00:00Z");

    @Autowired
    ApplicationContext context;
    @Autowired
    OutcomeDashboard dashboard;
    @Autowired
    JdbcTemplate jdbc;

    PeopleFixture f;
    Acting acting;

    @BeforeAll
    void records() {
        f = new PeopleFixture(context, "outcomes-fy");
        acting = new Acting(context);
        HouseholdRecords households = context.getBean(HouseholdRecords.class);
        acting.as(f.coordinatorA, () -> {
            households.create(f.organisationA, household("年度末終了", LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
            households.create(f.organisationA, household("四月開始", LocalDate.of(2026, 4, 1), null));
        });
        long march = session(MARCH_31_LATE);
        long april = session(APRIL_1_MIDNIGHT);
        jdbc.update("INSERT INTO attendance (session_id, learner_id, state, minutes) VALUES (?, ?, 'CHECKED_OUT', 30)", march, f.learnerOfA);
        jdbc.update("INSERT INTO attendance (session_id, learner_id, state, minutes) VALUES (?, ?, 'ABSENT', NULL)", april, f.learnerOfA);
        jdbc.update("""
                INSERT INTO assignment (organisation_id, author_account_id, title, due_at, state, created_at)
                VALUES (?, ?, 'fy', ?, 'PUBLISHED', ?)""", f.organisationA, f.coordinatorA.accountId(), utc(APRIL_1_MIDNIGHT), utc(MARCH_31_LATE));
        long assignment = Objects.requireNonNull(jdbc.queryForObject("SELECT MAX(id) FROM assignment", Long.class));
        jdbc.update("""
                INSERT INTO assignment_submission (assignment_id, learner_id, state, due_at, submitted_at)
                VALUES (?, ?, 'SUBMITTED', ?, ?)""", assignment, f.learnerOfA, utc(APRIL_1_MIDNIGHT), utc(MARCH_31_LATE));
        rating("unit-march", "START", 1, MARCH_31_LATE.minusSeconds(86_400));
        rating("unit-march", "END", 3, MARCH_31_LATE);
        rating("unit-april", "START", 2, MARCH_31_LATE);
        rating("unit-april", "END", 3, APRIL_1_MIDNIGHT);
        action("unit-march", LocalDate.of(2026, 3, 31), 45);
        action("unit-april", LocalDate.of(2026, 4, 1), 90);
    }

    @Test
    void households_supported_until_march_31_count_in_that_year_only() {
        // fixture's household (from June 2025, open) in both; 年度末終了 in 2025; 四月開始 in 2026
        assertThat(year("HOUSEHOLDS_SUPPORTED", 2025)).isEqualByComparingTo("2");
        assertThat(year("HOUSEHOLDS_SUPPORTED", 2026)).isEqualByComparingTo("2");
        assertThat(month("HOUSEHOLDS_SUPPORTED", 2025, YearMonth.of(2026, 3))).isEqualByComparingTo("2");
    }

    @Test
    void tutoring_counts_a_session_in_the_tokyo_month_of_its_start() {
        assertThat(year("SESSIONS_HELD", 2025)).isEqualByComparingTo("1");
        assertThat(year("SESSIONS_HELD", 2026)).isEqualByComparingTo("1");
        assertThat(month("SESSIONS_HELD", 2025, YearMonth.of(2026, 3))).isEqualByComparingTo("1");
        assertThat(month("SESSIONS_HELD", 2026, YearMonth.of(2026, 4))).isEqualByComparingTo("1");
        assertThat(card("SESSIONS_HELD", 2025).bySite()).as("online: no site").singleElement().satisfies(site -> {
            assertThat(site.site()).isNull();
            assertThat(site.value().value()).isEqualByComparingTo("1");
        });
        assertThat(year("CHILDREN_ATTENDING", 2025)).isEqualByComparingTo("1");
        assertThat(year("CHILDREN_ATTENDING", 2026)).isEqualByComparingTo("0");
        assertThat(year("ATTENDANCE_RATE", 2025)).isEqualByComparingTo("100");
        assertThat(year("ATTENDANCE_RATE", 2026)).isEqualByComparingTo("0");
        assertThat(year("SUPPORT_HOURS_PER_LEARNER", 2025)).isEqualByComparingTo("0.5");
    }

    @Test
    void the_sessions_behind_the_count_are_those_of_the_year_in_tokyo_time() {
        DrillDowns drillDowns = context.getBean(DrillDowns.class);

        assertThat(acting.as(f.coordinatorA, () -> drillDowns.rows(f.organisationA, "SESSIONS_HELD", new FiscalYear(2025), Locale.JAPANESE).rows()))
                .singleElement().satisfies(r -> assertThat(r.detail()).isEqualTo("2026-03-31 23:30"));
        assertThat(acting.as(f.coordinatorA, () -> drillDowns.rows(f.organisationA, "SESSIONS_HELD", new FiscalYear(2026), Locale.JAPANESE).rows()))
                .singleElement().satisfies(r -> assertThat(r.detail()).isEqualTo("2026-04-01 00:00"));
    }

    @Test
    void work_and_esd_count_on_the_day_they_happened_in_tokyo() {
        assertThat(year("ASSIGNMENTS_COMPLETED", 2025)).isEqualByComparingTo("1");
        assertThat(year("ASSIGNMENTS_COMPLETED", 2026)).isEqualByComparingTo("0");
        assertThat(year("ESD_UNITS_COMPLETED", 2025)).isEqualByComparingTo("1");
        assertThat(year("ESD_UNITS_COMPLETED", 2026)).isEqualByComparingTo("1");
        assertThat(year("ESD_ABILITY_CHANGE", 2025)).isEqualByComparingTo("2");
        assertThat(year("ESD_ABILITY_CHANGE", 2026)).isEqualByComparingTo("1");
        assertThat(year("COMMUNITY_ACTIONS", 2025)).isEqualByComparingTo("1");
        assertThat(year("COMMUNITY_ACTIONS", 2026)).isEqualByComparingTo("1");
        assertThat(year("COMMUNITY_ACTION_HOURS", 2025)).isEqualByComparingTo("0.8"); // 45 minutes
        assertThat(year("COMMUNITY_ACTION_HOURS", 2026)).isEqualByComparingTo("1.5");
    }

    @Test
    void the_training_indicators_are_counted_from_training_records_against_the_network_target() {
        IndicatorCard trained = card("TRAINED_STUDENTS", 2025);
        IndicatorCard network = acting.as(f.admin, () -> dashboard.cards(null, new FiscalYear(2025))).stream()
                .filter(c -> c.indicator().code().equals("TRAINED_STUDENTS")).findFirst().orElseThrow();

        assertThat(trained.counted()).isTrue();
        assertThat(trained.yearValue().value()).isNotNull();
        assertThat(trained.programmeTarget()).as("the network's target is not an organisation's").isNull();
        assertThat(network.counted()).isTrue();
        assertThat(network.programmeTarget()).isEqualByComparingTo("40");
    }

    private @Nullable BigDecimal year(String code, int year) {
        return card(code, year).yearValue().value();
    }

    private @Nullable BigDecimal month(String code, int year, YearMonth month) {
        return card(code, year).trend().stream().filter(p -> p.month().equals(month)).findFirst().orElseThrow()
                .value().value();
    }

    private IndicatorCard card(String code, int year) {
        List<IndicatorCard> cards = acting.as(f.coordinatorA, () -> dashboard.cards(f.organisationA, new FiscalYear(year)));
        return cards.stream().filter(c -> c.indicator().code().equals(code)).findFirst().orElseThrow();
    }

    private long session(Instant start) {
        jdbc.update("""
                INSERT INTO tutoring_session (organisation_id, title, starts_at, ends_at, capacity, ended_at)
                VALUES (?, 'fy', ?, ?, 10, ?)""", f.organisationA, utc(start), utc(start.plusSeconds(1_800)),
                utc(start.plusSeconds(1_800)));
        return Objects.requireNonNull(jdbc.queryForObject("SELECT MAX(id) FROM tutoring_session", Long.class));
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

    private static java.time.LocalDateTime utc(Instant instant) {
        return java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    private static HouseholdDetails household(String name, LocalDate started, @Nullable LocalDate ended) {
        return new HouseholdDetails(name, "せたい", null, HomeLanguage.JA, started, ended,
                EnumSet.noneOf(Circumstance.class), null);
    }
}
