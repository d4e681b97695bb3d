package jp.manabiba.surveys;

import java.util.List;
import java.util.Map;

import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may do what with surveys, per role, through the services; another organisation's ids refused like absent ones. */
@ManabibaTest
class SurveysAccessTest {

    private static SurveysFixture fixture;
    private static long learnerSurvey;
    private static long supporterSurvey;

    @BeforeAll
    static void surveys(@Autowired ApplicationContext context) {
        fixture = new SurveysFixture(context, "svacc");
        learnerSurvey = fixture.published(SurveysFixture.draft("子どもアンケート", Audience.LEARNER, false,
                List.of(SurveysFixture.likert("楽しい", "たのしい"), SurveysFixture.freeText("感想", "かんそう"))));
        supporterSurvey = fixture.published(SurveysFixture.draft("担い手アンケート", Audience.SUPPORTER, false,
                List.of(SurveysFixture.likert("やりがいがある", "やりがいが ある"))));
    }

    private void refused(TestPrincipal user, Runnable call) {
        assertThatThrownBy(() -> fixture.acting.as(user, call)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_coordinator_builds_and_reads_the_surveys_of_their_organisation() {
        assertThat(fixture.acting.as(fixture.coordinator(), () -> fixture.authoring.list()))
                .extracting(SurveyRow::id).contains(learnerSurvey, supporterSurvey);
        assertThat(fixture.acting.as(fixture.coordinator(), () -> fixture.results.report(learnerSurvey, false))
                .freeTextShown()).isTrue();
    }

    @Test
    void another_organisations_coordinator_is_refused_as_if_the_survey_did_not_exist() {
        TestPrincipal stranger = fixture.people.coordinatorB;
        assertThat(fixture.acting.as(stranger, () -> fixture.authoring.list())).extracting(SurveyRow::id)
                .doesNotContain(learnerSurvey);
        refused(stranger, () -> fixture.authoring.detail(learnerSurvey));
        refused(stranger, () -> fixture.authoring.detail(Long.MAX_VALUE));
        refused(stranger, () -> fixture.results.report(learnerSurvey, false));
        refused(stranger, () -> fixture.authoring.publish(learnerSurvey, SurveysFixture.today(), SurveysFixture.today()));
        refused(stranger, () -> fixture.authoring.create(new SurveyDraft(fixture.people.organisationA, "乗っ取り",
                Audience.LEARNER, true, null, null, List.of(SurveysFixture.likert("a", "a")))));
    }

    @Test
    void an_administrator_reads_the_counts_but_not_the_free_text() {
        SurveyReport report = fixture.acting.as(fixture.people.admin, () -> fixture.results.report(learnerSurvey, false));
        assertThat(report.freeTextShown()).isFalse();
        assertThat(report.questions().get(1).texts()).isEmpty();
    }

    @Test
    void a_child_answers_only_what_they_are_invited_to_and_builds_nothing() {
        TestPrincipal child = fixture.people.learnerA;
        assertThat(fixture.acting.as(child, () -> fixture.answering.mine())).extracting(OpenSurvey::id)
                .contains(learnerSurvey).doesNotContain(supporterSurvey);
        refused(child, () -> fixture.answering.open(supporterSurvey, false));
        refused(child, () -> fixture.authoring.list());
        refused(child, () -> fixture.results.report(learnerSurvey, false));
    }

    @Test
    void a_tutor_answers_the_supporters_survey_and_not_the_childrens() {
        TestPrincipal tutor = fixture.people.tutorA;
        assertThat(fixture.acting.as(tutor, () -> fixture.answering.open(supporterSurvey, false)).questions()).hasSize(1);
        refused(tutor, () -> fixture.answering.open(learnerSurvey, false));
        refused(tutor, () -> fixture.authoring.detail(supporterSurvey));
    }

    @Test
    void a_teacher_is_refused_surveys_not_for_teachers_and_the_builder() {
        TestPrincipal teacher = fixture.people.teacher;
        refused(teacher, () -> fixture.answering.open(learnerSurvey, false));
        refused(teacher, () -> fixture.authoring.list());
    }

    @Test
    void a_coordinator_does_not_answer_as_a_respondent() {
        refused(fixture.coordinator(), () -> fixture.answering.mine());
    }

    @Test
    void nobody_signed_in_is_refused_everything_but_a_valid_link() {
        assertThatThrownBy(() -> fixture.authoring.list()).isInstanceOfAny(AccessDeniedException.class,
                AuthorizationDeniedException.class, org.springframework.security.authentication
                        .AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> fixture.answering.openByLink("x".repeat(43))).isInstanceOfSatisfying(
                InvalidInput.class, refusal -> assertThat(refusal.messageKey()).isEqualTo("surveys.error.link"));
        assertThatThrownBy(() -> fixture.answering.submitByLink("short", Map.of(), null))
                .isInstanceOf(InvalidInput.class);
    }
}
