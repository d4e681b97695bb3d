package jp.manabiba.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import jp.manabiba.base.MonthRange;
import jp.manabiba.base.MonthlyCount;
import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.people.LearnerDetails;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.people.ReturnedSupporterFigures;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.schools.Grade;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.surveys.SurveyFigures;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Children who came back as supporters" and "survey response rate" at the fiscal-year boundary (Asia/Tokyo): a
 * supporter entered at 23:30 on 31 March counts in the year that ends, one entered at 00:00 on 1 April in the next;
 * a survey counts in the month of its opening day. Another organisation's coordinator counts none of them.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipationIndicatorsTest {

    private static final Instant MARCH_31_LATE = Instant.parse("2026-03-31T14:30:00Z");
    private static final Instant APRIL_1_MIDNIGHT = Instant.parse("2026-03-31T15:00:00Z");

    @Autowired
    ApplicationContext context;
    @Autowired
    OutcomeDashboard dashboard;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReturnedSupporterFigures returned;
    @Autowired
    SurveyFigures surveys;

    PeopleFixture f;
    Acting acting;

    @BeforeAll
    void records() {
        f = new PeopleFixture(context, "outcomes-participation");
        acting = new Acting(context);
        long secondLearner = acting.as(f.coordinatorA, () -> context.getBean(LearnerRecords.class).add(f.householdA,
                new LearnerDetails("二人目", "みらい", "ふたりめ", "みらい", f.school, Grade.P4, "1組", FuriganaPreference.ALL)));
        supporter(f.learnerOfA, MARCH_31_LATE);
        supporter(secondLearner, APRIL_1_MIDNIGHT);
        supporter(null, MARCH_31_LATE); // never a learner: not counted

        // 31 March: identified, 2 of 3 answered (one answer kept as "answered" only, like an anonymous survey's)
        long march = survey(LocalDate.of(2026, 3, 31), false);
        answered(invite(march, f.learnerA.accountId()));
        answered(invite(march, f.tutorA.accountId()));
        invite(march, f.coordinatorA.accountId());
        // 1 April: anonymous, 1 of 4 answered (three accounts and one household's link)
        long april = survey(LocalDate.of(2026, 4, 1), true);
        answered(invite(april, f.learnerA.accountId()));
        invite(april, f.tutorA.accountId());
        invite(april, f.coordinatorA.accountId());
        jdbc.update("INSERT INTO survey_invitation (survey_id, household_id, created_at) VALUES (?, ?, ?)", april,
                f.householdA, utc(APRIL_1_MIDNIGHT));
    }

    @Test
    void a_supporter_who_was_a_learner_counts_in_the_tokyo_fiscal_year_they_were_entered() {
        assertThat(year("RETURNED_SUPPORTERS", 2025)).isEqualByComparingTo("1");
        assertThat(year("RETURNED_SUPPORTERS", 2026)).isEqualByComparingTo("1");
        assertThat(card("RETURNED_SUPPORTERS", 2025).counted()).isTrue();
    }

    @Test
    void the_response_rate_counts_a_survey_in_the_month_it_opened_anonymous_ones_too() {
        assertThat(year("SURVEY_RESPONSE_RATE", 2025)).isEqualByComparingTo("66.7");
        assertThat(year("SURVEY_RESPONSE_RATE", 2026)).isEqualByComparingTo("25");
        assertThat(year("SURVEY_RESPONSE_RATE", 2024)).as("nobody invited: no rate").isNull();
    }

    @Test
    void another_organisations_coordinator_counts_nothing_and_others_are_refused() {
        MonthRange year = new MonthRange(YearMonth.of(2025, 4), YearMonth.of(2026, 3));
        List<Long> both = List.of(f.organisationA, f.organisationB);

        assertThat(acting.as(f.coordinatorB, () -> returned.returned(List.of(f.organisationA), year))).isEmpty();
        assertThat(acting.as(f.coordinatorB, () -> surveys.responseRate(List.of(f.organisationA), year))).isEmpty();
        assertThat(acting.as(f.coordinatorB, () -> returned.returned(both, year)))
                .noneMatch(c -> Objects.equals(c.organisation(), f.organisationA)).allMatch(c -> c.count() == 0);
        assertThat(acting.as(f.coordinatorB, () -> surveys.responseRate(both, year)))
                .noneMatch(c -> Objects.equals(c.organisation(), f.organisationA));
        assertThat(acting.as(f.admin, () -> returned.returned(List.of(f.organisationA), year)))
                .anySatisfy(c -> assertThat(c).isEqualTo(new MonthlyCount(null, null, 1, 0)));
        for (TestPrincipal notCoordinator : new TestPrincipal[] {f.tutorA, f.teacher, f.learnerA}) {
            assertThatThrownBy(() -> acting.as(notCoordinator, () -> returned.returned(both, year)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting.as(notCoordinator, () -> surveys.responseRate(both, year)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private @Nullable BigDecimal year(String code, int year) {
        return card(code, year).yearValue().value();
    }

    private IndicatorCard card(String code, int year) {
        List<IndicatorCard> cards = acting.as(f.coordinatorA, () -> dashboard.cards(f.organisationA, new FiscalYear(year)));
        return cards.stream().filter(c -> c.indicator().code().equals(code)).findFirst().orElseThrow();
    }

    private void supporter(@Nullable Long formerLearner, Instant created) {
        jdbc.update("""
                INSERT INTO supporter (organisation_id, category, family_name, given_name, created_at, former_learner_id)
                VALUES (?, 'UNIVERSITY_STUDENT', '戻', '太郎', ?, ?)""", f.organisationA, utc(created), formerLearner);
    }

    private long survey(LocalDate opens, boolean anonymous) {
        jdbc.update("""
                INSERT INTO survey (organisation_id, title, audience, anonymous, opens_on, closes_on, published_at,
                  created_by, created_at) VALUES (?, 'fy', 'LEARNER', ?, ?, ?, ?, ?, ?)""", f.organisationA, anonymous,
                opens, opens.plusDays(14), utc(MARCH_31_LATE), f.coordinatorA.accountId(), utc(MARCH_31_LATE));
        return Objects.requireNonNull(jdbc.queryForObject("SELECT MAX(id) FROM survey", Long.class));
    }

    private long invite(long survey, long account) {
        jdbc.update("INSERT INTO survey_invitation (survey_id, account_id, created_at) VALUES (?, ?, ?)", survey, account,
                utc(MARCH_31_LATE));
        return Objects.requireNonNull(jdbc.queryForObject("SELECT MAX(id) FROM survey_invitation", Long.class));
    }

    private void answered(long invitation) {
        jdbc.update("INSERT INTO survey_answered (invitation_id) VALUES (?)", invitation);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
