package jp.manabiba.surveys;

import java.util.List;

import jp.manabiba.security.TestPrincipal;
import org.springframework.context.ApplicationContext;

/** People of their own for the survey screens, made once per test JVM; each survey made fresh. */
public final class SurveysScreenFixture {

    private static SurveysScreenFixture shared;
    private final SurveysFixture fixture;

    private SurveysScreenFixture(ApplicationContext context) {
        this.fixture = new SurveysFixture(context, "svscr");
    }

    public static synchronized SurveysScreenFixture shared(ApplicationContext context) {
        if (shared == null) {
            shared = new SurveysScreenFixture(context);
        }
        return shared;
    }

    public TestPrincipal coordinator() {
        return fixture.people.coordinatorA;
    }

    public TestPrincipal child() {
        return fixture.people.learnerA;
    }

    public TestPrincipal tutor() {
        return fixture.people.tutorA;
    }

    /** An anonymous survey for the children of organisation A, open now. */
    public long childSurvey() {
        return fixture.published(SurveysFixture.draft("学習会アンケート", Audience.LEARNER, true,
                List.of(SurveysFixture.likert("学習会は楽しいですか", "がくしゅうかいは 楽しい？"))));
    }

    public int ownerRowsOf(long survey) {
        return fixture.jdbc.sql("select count(*) from survey_response_owner o join survey_response r "
                + "on r.id = o.response_id where r.survey_id = ?").param(survey).query(Integer.class).single();
    }

    public int responsesOf(long survey) {
        return fixture.jdbc.sql("select count(*) from survey_response where survey_id = ? and submitted")
                .param(survey).query(Integer.class).single();
    }
}
