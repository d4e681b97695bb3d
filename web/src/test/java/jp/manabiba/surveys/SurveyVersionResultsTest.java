package jp.manabiba.surveys;

import java.util.List;
import java.util.Map;

import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.people.LearnerDetails;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.schools.Grade;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static jp.manabiba.testing.Refusals.refusedQuietly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Results of each version of a survey: chosen, the newest with answers by default, never mixed with another's. */
@ManabibaTest
class SurveyVersionResultsTest {

    private static SurveysFixture fixture;
    private static TestPrincipal secondChild;

    @BeforeAll
    static void people(@Autowired ApplicationContext context) {
        fixture = new SurveysFixture(context, "svver");
        LearnerRecords learners = context.getBean(LearnerRecords.class);
        fixture.acting.as(fixture.coordinator(), () -> {
            long id = learners.add(fixture.people.householdA, new LearnerDetails("青木", "そら", "あおき", "そら",
                    fixture.people.school, Grade.P5, "2組", FuriganaPreference.GRADE));
            learners.createLocalAccount(id, "svver-child-2");
        });
        secondChild = TestPrincipal.demo(context, "svver-child-2");
    }

    @Test
    void each_version_counts_only_its_own_answers_and_marks_the_questions_that_changed() {
        long survey = fixture.published(SurveysFixture.draft("二つの版", Audience.LEARNER, false,
                List.of(SurveysFixture.likert("楽しい", "たのしい"), SurveysFixture.likert("友だちがいる", "ともだちが いる"))));
        fixture.acting.as(fixture.people.learnerA, () -> fixture.answering.submit(survey,
                Map.of(fixture.question(survey, 1), Answer.choice(5), fixture.question(survey, 2), Answer.choice(4)), null));
        changeFirstQuestion(survey);
        fixture.acting.as(secondChild, () -> fixture.answering.submit(survey,
                Map.of(fixture.question(survey, 1), Answer.choice(2), fixture.question(survey, 2), Answer.choice(4)), null));

        SurveyReport newest = fixture.acting.as(fixture.coordinator(), () -> fixture.results.report(survey, false));
        assertThat(newest.versionNumber()).isEqualTo(2);
        assertThat(newest.versions()).extracting(SurveyReport.VersionFigure::number, SurveyReport.VersionFigure::responses)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(2, 1));
        assertThat(newest.versions().get(1).changed()).containsExactly(1);
        assertThat(newest.answered()).isEqualTo(2);
        assertThat(newest.questions().get(0).changed()).isTrue();
        assertThat(newest.questions().get(0).counts()).extracting(SurveyReport.OptionCount::count)
                .containsExactly(0, 1, 0, 0, 0);
        assertThat(newest.questions().get(1).changed()).isFalse();
        assertThat(newest.questions().get(1).counts()).extracting(SurveyReport.OptionCount::count)
                .as("the unchanged question too counts this version's answers only").containsExactly(0, 0, 0, 1, 0);

        SurveyReport first = fixture.acting.as(fixture.coordinator(), () -> fixture.results.report(survey, 1, false));
        assertThat(first.versionNumber()).isEqualTo(1);
        assertThat(first.questions().get(0).text()).isEqualTo("楽しい");
        assertThat(first.questions().get(0).counts()).extracting(SurveyReport.OptionCount::count)
                .containsExactly(0, 0, 0, 0, 1);
        refusedQuietly(() -> fixture.acting.as(fixture.coordinator(), () -> fixture.results.report(survey, 7, false)),
                "version", "surveys.error.version");
    }

    @Test
    void an_anonymous_version_shows_the_newest_with_answers_and_hides_a_small_group() {
        long survey = fixture.published(SurveysFixture.draft("無記名の版", Audience.LEARNER, true,
                List.of(SurveysFixture.likert("楽しい", "たのしい"))));
        fixture.acting.as(fixture.people.learnerA, () -> fixture.answering.submit(survey,
                Map.of(fixture.question(survey, 1), Answer.choice(3)), null));
        changeFirstQuestion(survey);

        SurveyReport report = fixture.acting.as(fixture.coordinator(), () -> fixture.results.report(survey, false));
        assertThat(report.versionNumber()).as("version 2 has no answers yet").isEqualTo(1);
        assertThat(report.questions().getFirst().suppressed()).isTrue();
        assertThat(report.questions().getFirst().counts()).isEmpty();
        SurveyReport second = fixture.acting.as(fixture.coordinator(), () -> fixture.results.report(survey, 2, false));
        assertThat(second.questions().getFirst().answers()).isZero();
        assertThat(second.questions().getFirst().suppressed()).isTrue();
    }

    @Test
    void a_version_is_refused_to_another_organisation_and_to_respondents() {
        long survey = fixture.published(SurveysFixture.draft("版の権限", Audience.LEARNER, true,
                List.of(SurveysFixture.likert("楽しい", "たのしい"))));
        for (TestPrincipal user : List.of(fixture.people.coordinatorB, fixture.people.learnerA, fixture.people.tutorA,
                fixture.people.teacher)) {
            assertThatThrownBy(() -> fixture.acting.as(user, () -> fixture.results.report(survey, 1, false)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fixture.acting.as(fixture.people.admin, () -> fixture.results.report(survey, 1, false))
                .versionNumber()).isEqualTo(1);
    }

    private static void changeFirstQuestion(long survey) {
        fixture.acting.as(fixture.coordinator(), () -> {
            SurveyDetail detail = fixture.authoring.detail(survey);
            List<QuestionDraft> questions = new java.util.ArrayList<>(detail.questions());
            questions.set(0, SurveysFixture.likert("とても楽しい", "とても たのしい"));
            fixture.authoring.change(survey, detail.lock(), new SurveyDraft(null, detail.title(), detail.audience(),
                    detail.anonymous(), null, null, questions));
        });
    }
}
