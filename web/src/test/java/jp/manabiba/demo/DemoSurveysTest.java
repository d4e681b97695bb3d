package jp.manabiba.demo;

import java.util.List;

import jp.manabiba.security.TestPrincipal;
import jp.manabiba.surveys.OpenSurvey;
import jp.manabiba.surveys.SurveyAnswering;
import jp.manabiba.surveys.SurveyAuthoring;
import jp.manabiba.surveys.SurveyReport;
import jp.manabiba.surveys.SurveyResults;
import jp.manabiba.surveys.SurveyRow;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo child has a survey to answer; the demo's results already show figures; a restart makes nothing twice. */
@ManabibaTest
class DemoSurveysTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SurveyAuthoring authoring;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    SurveyResults results;
    @Autowired
    DemoSurveys surveys;

    @Test
    void the_demo_child_and_tutor_have_a_survey_to_answer_and_the_coordinator_sees_figures() {
        Acting acting = new Acting(context);
        TestPrincipal coordinator = TestPrincipal.demo(context, "coordinator");
        List<SurveyRow> rows = acting.as(coordinator, () -> authoring.list());
        long children = id(rows, DemoSurveys.CHILDREN);

        assertThat(acting.as(TestPrincipal.demo(context, "learner"), () -> answering.mine())).extracting(OpenSurvey::id)
                .contains(children);
        assertThat(acting.as(TestPrincipal.demo(context, "tutor"), () -> answering.mine())).extracting(OpenSurvey::id)
                .contains(id(rows, DemoSurveys.SUPPORTERS));
        assertThat(acting.as(TestPrincipal.demo(context, "learner2"), () -> answering.mine())).extracting(OpenSurvey::id)
                .doesNotContain(children);

        SurveyReport report = acting.as(coordinator, () -> results.report(children, false));
        assertThat(report.answered()).isGreaterThanOrEqualTo(5);
        assertThat(report.questions().getFirst().suppressed()).as("five or more answers: figures shown").isFalse();
        SurveyReport guardians = acting.as(coordinator, () -> results.report(id(rows, DemoSurveys.GUARDIANS), false));
        assertThat(guardians.versions()).hasSize(2);
        assertThat(guardians.versions()).allSatisfy(v -> assertThat(v.responses()).isGreaterThanOrEqualTo(5));

        surveys.seedOnce();
        assertThat(acting.as(coordinator, () -> authoring.list())).as("a restart makes nothing twice").hasSize(rows.size());
    }

    private static long id(List<SurveyRow> rows, String title) {
        return rows.stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow().id();
    }
}
