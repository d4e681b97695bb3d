package jp.manabiba.surveys;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static jp.manabiba.testing.Refusals.refusedQuietly;
import static org.assertj.core.api.Assertions.assertThat;

/** Versions, drafts, handing in once, response rates, small cells and before/after pairs, against MariaDB. */
@ManabibaTest
class SurveyServicesTest {

    private static SurveysFixture fixture;

    @BeforeAll
    static void people(@Autowired ApplicationContext context) {
        fixture = new SurveysFixture(context, "svsrv");
    }

    @Test
    void an_answered_version_is_frozen_and_a_change_makes_the_next_version() {
        long survey = fixture.published(SurveysFixture.draft("版のテスト", Audience.LEARNER, true,
                List.of(SurveysFixture.likert("楽しい", "たのしい"))));
        long q1 = fixture.question(survey, 1);
        fixture.acting.as(fixture.people.learnerA, () -> fixture.answering.submit(survey, Map.of(q1, Answer.choice(3)), null));
        SurveyDetail before = fixture.acting.as(fixture.coordinator(), () -> fixture.authoring.detail(survey));
        assertThat(before.frozen()).isTrue();

        SurveyDraft changed = new SurveyDraft(null, before.title(), before.audience(), before.anonymous(), null, null,
                List.of(SurveysFixture.likert("とても楽しい", "とても たのしい"), SurveysFixture.multiple()));
        fixture.acting.as(fixture.coordinator(), () -> fixture.authoring.change(survey, before.lock(), changed));

        SurveyDetail after = fixture.acting.as(fixture.coordinator(), () -> fixture.authoring.detail(survey));
        assertThat(after.versionNumber()).isEqualTo(2);
        assertThat(after.frozen()).isFalse();
        assertThat(fixture.jdbc.sql("select t.text from survey_text t join survey_question q on q.id = t.question_id "
                + "where q.id = ? and t.item = 0 and t.language = 'JA'").param(q1).query(String.class).single())
                .as("the answered question stays as it was asked").isEqualTo("楽しい");
    }

    @Test
    void audience_and_anonymity_are_fixed_once_published() {
        long survey = fixture.published(SurveysFixture.draft("固定", Audience.LEARNER, true,
                List.of(SurveysFixture.likert("楽しい", "たのしい"))));
        SurveyDetail detail = fixture.acting.as(fixture.coordinator(), () -> fixture.authoring.detail(survey));
        SurveyDraft identified = new SurveyDraft(null, "固定", Audience.LEARNER, false, null, null, detail.questions());
        refusedQuietly(() -> fixture.acting.as(fixture.coordinator(),
                () -> fixture.authoring.change(survey, detail.lock(), identified)),
                "anonymous", "surveys.error.fixed-after-publishing");
    }

    @Test
    void an_identified_draft_is_kept_and_the_survey_is_handed_in_once() {
        long survey = fixture.published(SurveysFixture.draft("記名", Audience.SUPPORTER, false,
                List.of(SurveysFixture.likert("やりがい", "やりがい"), SurveysFixture.multiple())));
        long q1 = fixture.question(survey, 1);
        long q2 = fixture.question(survey, 2);
        var tutor = fixture.people.tutorA;
        fixture.acting.as(tutor, () -> fixture.answering.saveDraft(survey, Map.of(q2, Answer.choices(Set.of(1, 3)))));
        assertThat(fixture.acting.as(tutor, () -> fixture.answering.open(survey, false)).draft())
                .containsEntry(q2, Answer.choices(Set.of(1, 3)));
        refusedQuietly(() -> fixture.acting.as(tutor, () -> fixture.answering.submit(survey, Map.of(), null)),
                "answer." + q1, "surveys.error.required");

        fixture.acting.as(tutor, () -> fixture.answering.submit(survey,
                Map.of(q1, Answer.choice(5), q2, Answer.choices(Set.of(1, 3))), null));

        refusedQuietly(() -> fixture.acting.as(tutor, () -> fixture.answering.submit(survey,
                Map.of(q1, Answer.choice(1)), null)), "survey", "surveys.error.answered");
        assertThat(fixture.acting.as(tutor, () -> fixture.answering.mine())).extracting(OpenSurvey::id)
                .doesNotContain(survey);
        SurveyReport report = fixture.acting.as(fixture.coordinator(), () -> fixture.results.report(survey, false));
        assertThat(report.answered()).isEqualTo(1);
        assertThat(report.questions().getFirst().suppressed()).as("identified: counts shown").isFalse();
        assertThat(report.questions().get(1).counts()).extracting(SurveyReport.OptionCount::count).containsExactly(1, 0, 1);
    }

    @Test
    void an_anonymous_question_with_fewer_than_five_answers_shows_no_breakdown() {
        long survey = fixture.published(SurveysFixture.draft("少数", Audience.LEARNER, true,
                List.of(SurveysFixture.likert("楽しい", "たのしい"))));
        long q1 = fixture.question(survey, 1);
        fixture.acting.as(fixture.people.learnerA, () -> fixture.answering.submit(survey, Map.of(q1, Answer.choice(2)), null));

        SurveyReport report = fixture.acting.as(fixture.coordinator(), () -> fixture.results.report(survey, false));
        assertThat(report.questions().getFirst().suppressed()).isTrue();
        assertThat(report.questions().getFirst().counts()).isEmpty();
        assertThat(report.invited()).isGreaterThanOrEqualTo(1);
        assertThat(report.answered()).isEqualTo(1);
    }

    @Test
    void a_wrong_answer_is_refused_at_its_question() {
        long survey = fixture.published(SurveysFixture.draft("範囲", Audience.SUPPORTER, false,
                List.of(SurveysFixture.likert("やりがい", "やりがい"))));
        long q1 = fixture.question(survey, 1);
        refusedQuietly(() -> fixture.acting.as(fixture.people.tutorA, () -> fixture.answering.saveDraft(survey,
                Map.of(q1, Answer.choice(6)))), "answer." + q1, "surveys.error.choice");
    }

    @Test
    void an_anonymous_pre_answer_gives_a_code_that_pairs_the_post_answer() {
        long pre = fixture.published(new SurveyDraft(null, "事前", Audience.SUPPORTER, true, PairRole.PRE, null,
                List.of(SurveysFixture.likert("自信がある", "じしんが ある"))));
        long post = fixture.published(new SurveyDraft(null, "事後", Audience.SUPPORTER, true, PairRole.POST, pre,
                List.of(SurveysFixture.likert("自信がある", "じしんが ある"))));
        var tutor = fixture.people.tutorA;
        Receipt receipt = fixture.acting.as(tutor, () -> fixture.answering.submit(pre,
                Map.of(fixture.question(pre, 1), Answer.choice(2)), null));
        assertThat(receipt.pairCode()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        refusedQuietly(() -> fixture.acting.as(tutor, () -> fixture.answering.submit(post,
                Map.of(fixture.question(post, 1), Answer.choice(4)), "nonsense")), "pairCode", "surveys.error.pair-code");

        fixture.acting.as(tutor, () -> fixture.answering.submit(post,
                Map.of(fixture.question(post, 1), Answer.choice(4)), receipt.pairCode().toLowerCase()));

        SurveyReport report = fixture.acting.as(fixture.coordinator(), () -> fixture.results.report(post, false));
        assertThat(report.pairs()).isNotNull();
        assertThat(report.pairs().pairs()).isEqualTo(1);
        assertThat(report.pairs().suppressed()).as("one pair of an anonymous survey: no figures").isTrue();
    }

    @Test
    void an_identified_post_survey_pairs_by_person() {
        long pre = fixture.published(new SurveyDraft(null, "記名事前", Audience.SUPPORTER, false, PairRole.PRE, null,
                List.of(SurveysFixture.likert("自信がある", "じしんが ある"))));
        long post = fixture.published(new SurveyDraft(null, "記名事後", Audience.SUPPORTER, false, PairRole.POST, pre,
                List.of(SurveysFixture.likert("自信がある", "じしんが ある"))));
        var tutor = fixture.people.tutorA;
        fixture.acting.as(tutor, () -> fixture.answering.submit(pre, Map.of(fixture.question(pre, 1), Answer.choice(2)), null));
        fixture.acting.as(tutor, () -> fixture.answering.submit(post, Map.of(fixture.question(post, 1), Answer.choice(5)), null));

        SurveyReport.PairResult pairs = fixture.acting.as(fixture.coordinator(), () -> fixture.results.report(post, false)).pairs();
        assertThat(pairs.pairs()).isEqualTo(1);
        assertThat(pairs.changes()).singleElement().satisfies(change -> {
            assertThat(change.before()).isEqualTo(2.0);
            assertThat(change.after()).isEqualTo(5.0);
        });
    }

    @Test
    void a_post_survey_must_name_a_pre_survey_of_the_same_kind() {
        long pre = fixture.published(new SurveyDraft(null, "種類違い", Audience.SUPPORTER, true, PairRole.PRE, null,
                List.of(SurveysFixture.likert("自信", "じしん"))));
        refusedQuietly(() -> fixture.acting.as(fixture.coordinator(), () -> fixture.authoring.create(new SurveyDraft(null,
                "事後", Audience.LEARNER, true, PairRole.POST, pre, List.of(SurveysFixture.likert("自信", "じしん"))))),
                "pairedWith", "surveys.error.pair-mismatch");
    }

    @Test
    void a_guardian_link_survives_a_publication_again_and_stops_when_renewed_or_expired() {
        long survey = fixture.acting.as(fixture.coordinator(), () -> fixture.authoring.create(SurveysFixture.draft(
                "保護者リンク", Audience.GUARDIAN, false, List.of(SurveysFixture.likert("満足", "まんぞく")))));
        String first = token(fixture.acting.as(fixture.coordinator(), () -> fixture.authoring
                .publish(survey, SurveysFixture.today(), SurveysFixture.today().plusDays(3)).links()));
        assertThat(fixture.acting.as(fixture.coordinator(), () -> fixture.authoring
                .publish(survey, SurveysFixture.today(), SurveysFixture.today().plusDays(9)).links()))
                .as("printed links keep working").isEmpty();
        assertThat(fixture.answering.openByLink(first).closesOn()).isEqualTo(SurveysFixture.today().plusDays(9));

        String second = token(fixture.acting.as(fixture.coordinator(), () -> fixture.authoring.renewLinks(survey)));

        refusedQuietly(() -> fixture.answering.openByLink(first), "link", "surveys.error.link");
        assertThat(fixture.answering.openByLink(second).questions()).hasSize(1);
        fixture.jdbc.sql("update survey_invitation set expires_at = ? where survey_id = ?")
                .params(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1), survey).update();
        refusedQuietly(() -> fixture.answering.openByLink(second), "link", "surveys.error.link");
    }

    private String token(List<GuardianLink> links) {
        return links.stream().filter(l -> l.householdId() == fixture.people.householdA).findFirst().orElseThrow()
                .path().substring("survey/".length());
    }
}
