package jp.manabiba.surveys;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous means the database cannot link an answer to a person: proved on the schema (no column of the response
 * tables refers to a person, an account, a household or an invitation; "who answered" holds no response) and on
 * the rows a child's and a household's answers leave.
 */
@ManabibaTest
class SurveyAnonymityTest {

    /** Tables a response's data lives in, and every table they may refer to. */
    private static final Set<String> RESPONSE_TABLES = Set.of("survey_response", "survey_answer");
    private static final Set<String> MAY_REFER_TO = Set.of("survey", "survey_version", "survey_question", "survey_response");

    private static SurveysFixture fixture;

    @BeforeAll
    static void people(@Autowired ApplicationContext context) {
        fixture = new SurveysFixture(context, "anon");
    }

    @Test
    void no_column_of_the_response_tables_can_be_joined_to_a_person() {
        List<Map<String, Object>> references = fixture.jdbc.sql("""
                select table_name, column_name, referenced_table_name from information_schema.key_column_usage
                where table_schema = database() and referenced_table_name is not null and table_name in (:tables)""")
                .param("tables", List.copyOf(RESPONSE_TABLES)).query().listOfRows();
        assertThat(references).isNotEmpty().allSatisfy(ref ->
                assertThat(MAY_REFER_TO).contains(String.valueOf(ref.get("referenced_table_name")).toLowerCase()));
        List<String> columns = fixture.jdbc.sql("""
                select lower(column_name) from information_schema.columns
                where table_schema = database() and table_name in (:tables)""")
                .param("tables", List.copyOf(RESPONSE_TABLES)).query(String.class).list();
        assertThat(columns).noneMatch(c -> c.contains("account") || c.contains("person") || c.contains("learner")
                || c.contains("household") || c.contains("invitation") || c.contains("guardian") || c.endsWith("_by"));
        // "who has answered" is one column: the invitation; nothing of a response, nothing of time
        assertThat(fixture.jdbc.sql("select lower(column_name) from information_schema.columns where table_schema = "
                + "database() and table_name = 'survey_answered'").query(String.class).list())
                .containsExactly("invitation_id");
        // the response's id is random and its date has no time of day
        assertThat(fixture.jdbc.sql("select lower(concat(column_name, ':', data_type, ':', coalesce(extra, ''))) from "
                + "information_schema.columns where table_schema = database() and table_name = 'survey_response' "
                + "and column_name in ('id', 'submitted_on') order by column_name").query(String.class).list())
                .containsExactly("id:binary:", "submitted_on:date:");
    }

    @Test
    void a_childs_anonymous_answer_leaves_no_link_to_the_child() {
        long survey = fixture.published(SurveysFixture.draft("匿名アンケート", Audience.LEARNER, true,
                List.of(SurveysFixture.likert("学習会は楽しい", "がくしゅうかいは たのしい"),
                        SurveysFixture.freeText("ひとこと", "ひとこと"))));
        long q1 = fixture.question(survey, 1);
        long q2 = fixture.question(survey, 2);

        fixture.acting.as(fixture.people.learnerA, () -> fixture.answering.submit(survey,
                Map.of(q1, Answer.choice(4), q2, Answer.text("たのしかった")), null));

        assertThat(fixture.jdbc.sql("select count(*) from survey_response where survey_id = ? and submitted")
                .param(survey).query(Integer.class).single()).isEqualTo(1);
        assertThat(fixture.jdbc.sql("select count(*) from survey_response_owner o join survey_response r "
                + "on r.id = o.response_id where r.survey_id = ?").param(survey).query(Integer.class).single())
                .as("no owner row for an anonymous survey").isZero();
        assertThat(fixture.jdbc.sql("select count(*) from survey_answered a join survey_invitation i "
                + "on i.id = a.invitation_id where i.survey_id = ? and i.account_id = ?")
                .params(survey, fixture.people.learnerA.accountId()).query(Integer.class).single())
                .as("the child counts as answered").isEqualTo(1);
        assertThat(fixture.jdbc.sql("select pair_code from survey_response where survey_id = ?").param(survey)
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void a_households_anonymous_answer_through_its_link_leaves_no_link_to_the_household() {
        long survey = fixture.acting.as(fixture.coordinator(), () -> fixture.authoring.create(SurveysFixture.draft(
                "保護者アンケート", Audience.GUARDIAN, true, List.of(SurveysFixture.likert("満足している", "まんぞく している")))));
        List<GuardianLink> links = fixture.acting.as(fixture.coordinator(), () -> fixture.authoring
                .publish(survey, SurveysFixture.today(), SurveysFixture.today().plusDays(3)).links());
        GuardianLink link = links.stream().filter(l -> l.householdId() == fixture.people.householdA).findFirst()
                .orElseThrow();
        String token = link.path().substring("survey/".length());
        assertThat(token).hasSize(43); // 256 random bits

        SurveyForm form = fixture.answering.openByLink(token);
        fixture.answering.submitByLink(token, Map.of(form.questions().getFirst().id(), Answer.choice(5)), null);

        assertThat(fixture.jdbc.sql("select count(*) from survey_response_owner o join survey_response r "
                + "on r.id = o.response_id where r.survey_id = ?").param(survey).query(Integer.class).single()).isZero();
        assertThat(fixture.jdbc.sql("select count(*) from survey_invitation where token_hash = ?")
                .param(LinkTokens.hash(token)).query(Integer.class).single()).as("only the token's hash is kept").isEqualTo(1);
    }
}
