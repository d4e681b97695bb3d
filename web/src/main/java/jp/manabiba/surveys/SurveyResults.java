package jp.manabiba.surveys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.people.HomeLanguage;
import jp.manabiba.security.Roles;
import jp.manabiba.surveys.SurveyReport.LikertChange;
import jp.manabiba.surveys.SurveyReport.OptionCount;
import jp.manabiba.surveys.SurveyReport.PairResult;
import jp.manabiba.surveys.SurveyReport.QuestionResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey's results for its coordinators and the administrators: response rate, counts per question (with
 * small-cell care for anonymous surveys), free texts for the organisation's own coordinators only (audited), and
 * the before/after comparison of a POST survey.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class SurveyResults {

    /** Fewer answers than this, in an anonymous survey, show no breakdown: a few people could be recognised. */
    public static final int SMALL = 5;

    private final SurveysAccess access;
    private final SurveyStore surveys;
    private final ResponseStore responses;
    private final InvitationStore invitationStore;
    private final Pairs pairs;
    private final AuditLog audit;

    SurveyResults(SurveysAccess access, SurveyStore surveys, ResponseStore responses, InvitationStore invitationStore,
                  Pairs pairs, AuditLog audit) {
        this.access = access;
        this.surveys = surveys;
        this.responses = responses;
        this.invitationStore = invitationStore;
        this.pairs = pairs;
        this.audit = audit;
    }

    /** The newest version's results, texts in English where the survey has them and {@code english}. */
    @Transactional
    public SurveyReport report(long surveyId, boolean english) {
        SurveyHeader survey = access.managed(surveyId);
        long[] version = surveys.currentVersion(surveyId);
        List<Question> questions = surveys.questions(version[0]);
        HomeLanguage language = FormLanguage.forAdult(questions, english);
        boolean freeText = access.readsFreeText(survey);
        Map<Long, List<Answer>> byQuestion = new HashMap<>();
        responses.submittedAnswers(version[0])
                .forEach(e -> byQuestion.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<QuestionResult> results = questions.stream()
                .map(q -> result(q, language, byQuestion.getOrDefault(q.id(), List.of()), survey.anonymous(), freeText))
                .toList();
        if (freeText && questions.stream().anyMatch(q -> q.kind() == QuestionKind.FREE_TEXT)) {
            audit.record(AuditAction.READ, "survey", surveyId, SurveysAccess.SCREEN);
        }
        int[] counts = invitationStore.counts(List.of(surveyId)).getOrDefault(surveyId, new int[2]);
        return new SurveyReport(surveyId, survey.title(), survey.audience(), survey.anonymous(), (int) version[1],
                (int) version[1], counts[0], counts[1], freeText, results, pairResult(survey, questions, language));
    }

    private static QuestionResult result(Question q, HomeLanguage language, List<Answer> answers, boolean anonymous,
                                         boolean freeText) {
        boolean suppressed = anonymous && answers.size() < SMALL;
        List<OptionCount> counts = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        if (!suppressed && q.kind() == QuestionKind.FREE_TEXT && freeText) {
            answers.stream().map(Answer::text).filter(t -> t != null).sorted().forEach(texts::add);
        }
        if (!suppressed && q.kind().hasOptions()) {
            List<String> labels = q.options().getOrDefault(language, q.options().get(HomeLanguage.JA));
            for (int option = 1; option <= labels.size(); option++) {
                int chosen = option;
                int count = (int) answers.stream().filter(a -> a.choices().contains(chosen)
                        || a.choice() != null && a.choice() == chosen).count();
                counts.add(new OptionCount(labels.get(option - 1), count));
            }
        }
        return new QuestionResult(q.position(), q.kind(), q.texts().get(language), answers.size(), suppressed,
                counts, texts);
    }

    private @org.jspecify.annotations.Nullable PairResult pairResult(SurveyHeader post, List<Question> questions, HomeLanguage language) {
        if (post.pairRole() != PairRole.POST || post.pairedWithId() == null) {
            return null;
        }
        String preTitle = surveys.header(post.pairedWithId()).map(SurveyHeader::title).orElse("");
        List<Pairs.Pair> matched = pairs.of(post);
        if (post.anonymous() && matched.size() < SMALL) {
            return new PairResult(preTitle, matched.size(), true, List.of());
        }
        List<int[]> before = responses.likertSteps(matched.stream().map(Pairs.Pair::before).toList());
        List<int[]> after = responses.likertSteps(matched.stream().map(Pairs.Pair::after).toList());
        List<LikertChange> changes = new ArrayList<>();
        for (Question q : questions) {
            if (q.kind() != QuestionKind.LIKERT) {
                continue;
            }
            Map<Integer, Integer> pre = steps(before, q.position());
            Map<Integer, Integer> postSteps = steps(after, q.position());
            List<Integer> both = pre.keySet().stream().filter(postSteps::containsKey).toList();
            if (!both.isEmpty()) {
                changes.add(new LikertChange(q.position(), q.texts().get(language),
                        both.stream().mapToInt(pre::get).average().orElse(0),
                        both.stream().mapToInt(postSteps::get).average().orElse(0)));
            }
        }
        return new PairResult(preTitle, matched.size(), false, changes);
    }

    /** Pair index to step, for one question position. */
    private static Map<Integer, Integer> steps(List<int[]> rows, int position) {
        Map<Integer, Integer> steps = new HashMap<>();
        rows.stream().filter(r -> r[1] == position).forEach(r -> steps.put(r[0], r[2]));
        return steps;
    }
}
