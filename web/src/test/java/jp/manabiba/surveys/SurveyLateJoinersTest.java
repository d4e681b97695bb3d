package jp.manabiba.surveys;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.manabiba.base.MonthRange;
import jp.manabiba.base.MonthlyCount;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.AudienceMembers;
import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.people.LearnerDetails;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.schools.Grade;
import jp.manabiba.schools.SchoolRecords;
import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.NewAccount;
import jp.manabiba.security.Role;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * People who join a published survey's audience are asked while it is open, once, and counted in its response
 * rate (surveys' own and outcomes' SurveyFigures); their anonymous answer keeps no date that could tell it apart.
 */
@ManabibaTest
class SurveyLateJoinersTest {

    private static SurveysFixture fixture;
    private static ApplicationContext context;

    @BeforeAll
    static void people(@Autowired ApplicationContext applicationContext) {
        context = applicationContext;
        fixture = new SurveysFixture(context, "svlate");
    }

    @Test
    void a_child_given_an_account_after_publication_is_asked_counted_and_never_asked_twice() {
        long survey = fixture.published(SurveysFixture.draft("あとから", Audience.LEARNER, true,
                List.of(SurveysFixture.likert("楽しい", "たのしい"))));
        int before = invited(survey);
        long rateBefore = responseRate().base();

        TestPrincipal late = newChild("svlate-late-child");

        assertThat(fixture.acting.as(late, () -> fixture.answering.mine())).extracting(OpenSurvey::id).contains(survey);
        assertThat(invited(survey)).isEqualTo(before + 1);
        assertThat(responseRate().base()).as("outcomes' denominator").isEqualTo(rateBefore + 1);

        sync().catchUpAll();
        sync().catchUpAll();
        fixture.acting.as(fixture.coordinator(), () -> fixture.authoring.publish(survey, SurveysFixture.today(),
                SurveysFixture.today().plusDays(8)));
        assertThat(invited(survey)).as("nobody is asked twice").isEqualTo(before + 1);
        assertThat(fixture.jdbc.sql("select count(*) from survey_invitation where survey_id = ? and account_id = ?")
                .params(survey, late.accountId()).query(Integer.class).single()).isEqualTo(1);

        fixture.acting.as(late, () -> fixture.answering.submit(survey,
                Map.of(fixture.question(survey, 1), Answer.choice(5)), null));
        assertThat(responseRate().count()).isGreaterThanOrEqualTo(1);
        assertThat(fixture.jdbc.sql("select count(*) from survey_response where survey_id = ? and submitted_on is not null")
                .param(survey).query(Integer.class).single()).as("an anonymous answer keeps no date").isZero();
        assertThat(fixture.acting.as(late, () -> fixture.answering.mine())).extracting(OpenSurvey::id)
                .doesNotContain(survey);
    }

    @Test
    void a_new_supporter_is_asked_the_supporters_survey_and_not_the_childrens() {
        long supporters = fixture.published(SurveysFixture.draft("担い手あとから", Audience.SUPPORTER, false,
                List.of(SurveysFixture.likert("やりがい", "やりがい"))));
        long children = fixture.published(SurveysFixture.draft("子どもだけ", Audience.LEARNER, false,
                List.of(SurveysFixture.likert("楽しい", "たのしい"))));
        SupporterRecords records = context.getBean(SupporterRecords.class);
        fixture.acting.as(fixture.coordinator(), () -> {
            long id = records.create(fixture.people.organisationA, new SupporterDetails(SupporterCategory.PARENT,
                    "新人", "花", null, null, null, null));
            records.createLocalAccount(id, "svlate-new-tutor");
        });
        TestPrincipal volunteer = TestPrincipal.demo(context, "svlate-new-tutor");
        assertThat(fixture.acting.as(volunteer, () -> fixture.answering.mine())).extracting(OpenSurvey::id)
                .contains(supporters).doesNotContain(children);
    }

    @Test
    void a_teacher_whose_school_a_new_child_attends_is_asked_at_the_hourly_run() {
        long survey = fixture.published(SurveysFixture.draft("先生あとから", Audience.TEACHER, false,
                List.of(SurveysFixture.likert("連携できている", "れんけい できている"))));
        SystemAccess system = context.getBean(SystemAccess.class);
        long school = system.asAdministrator(() -> {
            long id = context.getBean(SchoolRecords.class).addSchool("svlate 中学校");
            long account = context.getBean(AccountAdministration.class).create(new NewAccount("svlate-teacher2",
                    "教員", null, "fixture-password", Set.of(Role.TEACHER)));
            context.getBean(SchoolRecords.class).addTeacher(id, "教員", "次郎", null, account);
            return id;
        });
        TestPrincipal teacher = TestPrincipal.demo(context, "svlate-teacher2");
        fixture.acting.as(fixture.coordinator(), () -> context.getBean(LearnerRecords.class)
                .add(fixture.people.householdA, child(school)));
        assertThat(fixture.acting.as(teacher, () -> fixture.answering.mine())).extracting(OpenSurvey::id)
                .doesNotContain(survey);

        assertThat(sync().catchUpAll()).isGreaterThanOrEqualTo(1);

        assertThat(fixture.acting.as(teacher, () -> fixture.answering.mine())).extracting(OpenSurvey::id).contains(survey);
    }

    @Test
    void a_closed_survey_asks_nobody_new() {
        long survey = fixture.published(SurveysFixture.draft("閉じた", Audience.LEARNER, false,
                List.of(SurveysFixture.likert("楽しい", "たのしい"))));
        fixture.jdbc.sql("update survey set opens_on = ?, closes_on = ? where id = ?")
                .params(SurveysFixture.today().minusDays(9), SurveysFixture.today().minusDays(1), survey).update();
        int before = invited(survey);
        newChild("svlate-after-close");
        sync().catchUpAll();
        assertThat(invited(survey)).isEqualTo(before);
    }

    @Test
    void only_a_coordinator_of_the_organisation_learns_which_audiences_an_account_is_in() {
        AudienceMembers members = context.getBean(AudienceMembers.class);
        long child = fixture.people.learnerA.accountId();
        assertThat(fixture.acting.as(fixture.coordinator(), () -> members.organisationsOf(child)))
                .containsExactly(fixture.people.organisationA);
        assertThat(fixture.acting.as(fixture.people.coordinatorB, () -> members.organisationsOf(child))).isEmpty();
        for (TestPrincipal wrongRole : List.of(fixture.people.learnerA, fixture.people.tutorA, fixture.people.teacher)) {
            assertThatThrownBy(() -> fixture.acting.as(wrongRole, () -> members.organisationsOf(child)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private TestPrincipal newChild(String username) {
        LearnerRecords learners = context.getBean(LearnerRecords.class);
        fixture.acting.as(fixture.coordinator(), () -> {
            long id = learners.add(fixture.people.householdA, child(fixture.people.school));
            learners.createLocalAccount(id, username);
        });
        return TestPrincipal.demo(context, username);
    }

    private static LearnerDetails child(long school) {
        return new LearnerDetails("青木", "はると", "あおき", "はると", school, Grade.P2, "1組", FuriganaPreference.ALL);
    }

    private int invited(long survey) {
        return fixture.acting.as(fixture.coordinator(), () -> fixture.authoring.list()).stream()
                .filter(r -> r.id() == survey).findFirst().orElseThrow().invited();
    }

    private MonthlyCount responseRate() {
        YearMonth month = YearMonth.now(ProgrammeZone.TOKYO);
        return fixture.acting.as(fixture.coordinator(), () -> context.getBean(SurveyFigures.class)
                        .responseRate(List.of(fixture.people.organisationA), new MonthRange(month, month))).stream()
                .filter(c -> fixture.people.organisationA == (c.organisation() == null ? -1 : c.organisation())
                        && month.equals(c.month())).findFirst().orElseThrow();
    }

    private static AudienceSync sync() {
        return context.getBean(AudienceSync.class);
    }
}
