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

    /** An anonymous survey for the households of organisation A, published: household A's link path. */
    public String guardianLink() {
        long survey = fixture.acting.as(fixture.people.coordinatorA, () -> fixture.authoring.create(SurveysFixture.draft(
                "保護者アンケート", Audience.GUARDIAN, true, List.of(SurveysFixture.multiple()))));
        return fixture.acting.as(fixture.people.coordinatorA, () -> fixture.authoring
                        .publish(survey, SurveysFixture.today(), SurveysFixture.today().plusDays(5)).links()).stream()
                .filter(l -> l.householdId() == fixture.people.householdA).findFirst().orElseThrow().path();
    }

    /** An identified survey for the supporters of organisation A, open now. */
    public long supporterSurvey() {
        return fixture.published(SurveysFixture.draft("担い手の振り返り", Audience.SUPPORTER, false,
                List.of(SurveysFixture.likert("活動にやりがいがある", "かつどうに やりがいが ある"))));
    }

    /** A supporters' survey the tutor answered, then changed: version 2 has no answers yet. */
    public long answeredThenChanged() {
        long survey = supporterSurvey();
        fixture.acting.as(fixture.people.tutorA, () -> fixture.answering.submit(survey,
                java.util.Map.of(fixture.question(survey, 1), Answer.choice(4)), null));
        fixture.acting.as(fixture.people.coordinatorA, () -> {
            SurveyDetail detail = fixture.authoring.detail(survey);
            fixture.authoring.change(survey, detail.lock(), new SurveyDraft(null, detail.title(), detail.audience(),
                    false, null, null, List.of(SurveysFixture.likert("活動がとても楽しい", "かつどうが とても たのしい"))));
        });
        return survey;
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
