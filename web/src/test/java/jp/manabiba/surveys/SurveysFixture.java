package jp.manabiba.surveys;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.HomeLanguage;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PeopleFixture's organisations and people (child A with an account, tutor A, a teacher of the children's school,
 * household A) and surveys built and published through the services.
 */
final class SurveysFixture {

    final PeopleFixture people;
    final Acting acting;
    final SurveyAuthoring authoring;
    final SurveyAnswering answering;
    final SurveyResults results;
    final JdbcClient jdbc;

    SurveysFixture(ApplicationContext context, String prefix) {
        this.people = new PeopleFixture(context, prefix);
        this.acting = new Acting(context);
        this.authoring = context.getBean(SurveyAuthoring.class);
        this.answering = context.getBean(SurveyAnswering.class);
        this.results = context.getBean(SurveyResults.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    static LocalDate today() {
        return LocalDate.now(ProgrammeZone.TOKYO);
    }

    static QuestionDraft likert(String ja, String easy) {
        return new QuestionDraft(QuestionKind.LIKERT, true, Map.of(HomeLanguage.JA, ja, HomeLanguage.JA_EASY, easy),
                Map.of(HomeLanguage.JA, List.of("全くそう思わない", "そう思わない", "どちらでもない", "そう思う", "とてもそう思う"),
                        HomeLanguage.JA_EASY, List.of("ぜんぜん ちがう", "ちがう", "わからない", "そう", "とても そう")));
    }

    static QuestionDraft freeText(String ja, String easy) {
        return new QuestionDraft(QuestionKind.FREE_TEXT, false, Map.of(HomeLanguage.JA, ja, HomeLanguage.JA_EASY, easy),
                Map.of());
    }

    static QuestionDraft multiple() {
        return new QuestionDraft(QuestionKind.MULTIPLE, false,
                Map.of(HomeLanguage.JA, "好きな活動", HomeLanguage.JA_EASY, "すきな こと", HomeLanguage.EN, "Favourite activities"),
                Map.of(HomeLanguage.JA, List.of("勉強", "食事", "遊び"), HomeLanguage.JA_EASY, List.of("べんきょう", "ごはん", "あそび"),
                        HomeLanguage.EN, List.of("Study", "Meals", "Play")));
    }

    static SurveyDraft draft(String title, Audience audience, boolean anonymous, List<QuestionDraft> questions) {
        return new SurveyDraft(null, title, audience, anonymous, null, null, questions);
    }

    /** A survey of organisation A built and published (open from today for a week) by its coordinator. */
    long published(SurveyDraft draft) {
        return acting.as(people.coordinatorA, () -> {
            long id = authoring.create(draft);
            authoring.publish(id, today(), today().plusDays(7));
            return id;
        });
    }

    /** The first question's id of a survey's newest version. */
    long question(long surveyId, int position) {
        return jdbc.sql("""
                select q.id from survey_question q join survey_version v on v.id = q.version_id
                where v.survey_id = ? and q.position = ? order by v.number desc limit 1""")
                .params(surveyId, position).query(Long.class).single();
    }

    TestPrincipal coordinator() {
        return people.coordinatorA;
    }
}
