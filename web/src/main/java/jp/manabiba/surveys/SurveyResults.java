package jp.manabiba.surveys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.HomeLanguage;
import jp.manabiba.security.Roles;
import jp.manabiba.surveys.SurveyReport.LikertChange;
import jp.manabiba.surveys.SurveyReport.OptionCount;
import jp.manabiba.surveys.SurveyReport.PairResult;
import jp.manabiba.surveys.SurveyReport.QuestionResult;
import jp.manabiba.surveys.SurveyReport.VersionFigure;
import org.jspecify.annotations.Nullable;
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
    private final AudienceSync audience;
    private final AuditLog audit;

    SurveyResults(SurveysAccess access, SurveyStore surveys, ResponseStore responses, InvitationStore invitationStore,
                  Pairs pairs, AudienceSync audience, AuditLog audit) {
        this.access = access;
        this.surveys = surveys;
        this.responses = responses;
        this.invitationStore = invitationStore;
        this.pairs = pairs;
        this.audience = audience;
        this.audit = audit;
    }

    /** The results of the newest version that has answers (the newest when none has any yet). */
    @Transactional
    public SurveyReport report(long surveyId, boolean english) {
        return report(surveyId, 0, english);
    }

    /**
     * The results of version {@code versionNumber} (0: the newest with answers): only that version's answers, so a
     * question changed between versions is never counted together with its earlier wording. Texts in English
     * where the survey has them and {@code english}.
     */
    @Transactional
    public SurveyReport report(long surveyId, int versionNumber, boolean english) {
        SurveyHeader survey = access.managed(surveyId);
        audience.catchUp(survey);
        List<long[]> versions = surveys.versions(surveyId);
        Map<Long, Integer> submitted = responses.submittedPerVersion(surveyId);
        List<List<Question>> asked = versions.stream().map(v -> surveys.questions(v[0])).toList();
        List<VersionFigure> figures = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            figures.add(new VersionFigure((int) versions.get(i)[1], submitted.getOrDefault(versions.get(i)[0], 0),
                    i == 0 ? List.of() : changed(asked.get(i - 1), asked.get(i))));
        }
        int index = chosen(figures, versionNumber);
        long versionId = versions.get(index)[0];
        List<Question> questions = asked.get(index);
        HomeLanguage language = FormLanguage.forAdult(questions, english);
        boolean freeText = access.readsFreeText(survey);
        Map<Long, List<Answer>> byQuestion = new HashMap<>();
        responses.submittedAnswers(versionId)
                .forEach(e -> byQuestion.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<Integer> changed = figures.get(index).changed();
        List<QuestionResult> results = questions.stream()
                .map(q -> result(q, language, byQuestion.getOrDefault(q.id(), List.of()), survey.anonymous(), freeText,
                        changed.contains(q.position())))
                .toList();
        if (freeText && questions.stream().anyMatch(q -> q.kind() == QuestionKind.FREE_TEXT)) {
            audit.record(AuditAction.READ, "survey", surveyId, SurveysAccess.SCREEN);
        }
        int[] counts = invitationStore.counts(List.of(surveyId)).getOrDefault(surveyId, new int[2]);
        return new SurveyReport(surveyId, survey.title(), survey.audience(), survey.anonymous(),
                figures.get(index).number(), figures, counts[0], counts[1], freeText, results,
                pairResult(survey, versionId, questions, language));
    }

    /** The index of the version asked for, or of the newest with answers, or of the newest. */
    private static int chosen(List<VersionFigure> figures, int versionNumber) {
        if (versionNumber > 0) {
            for (int i = 0; i < figures.size(); i++) {
                if (figures.get(i).number() == versionNumber) {
                    return i;
                }
            }
            throw new InvalidInput("version", "surveys.error.version");
        }
        for (int i = figures.size() - 1; i >= 0; i--) {
            if (figures.get(i).responses() > 0) {
                return i;
            }
        }
        return figures.size() - 1;
    }

    /** Positions of {@code now}'s questions that {@code before} did not ask in the same words, kind and options. */
    private static List<Integer> changed(List<Question> before, List<Question> now) {
        return now.stream().filter(q -> before.stream().noneMatch(b -> b.position() == q.position()
                && b.draft().equals(q.draft()))).map(Question::position).toList();
    }

    private static QuestionResult result(Question q, HomeLanguage language, List<Answer> answers, boolean anonymous,
                                         boolean freeText, boolean changed) {
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
                changed, counts, texts);
    }

    private @Nullable PairResult pairResult(SurveyHeader post, long versionId, List<Question> questions,
                                            HomeLanguage language) {
        if (post.pairRole() != PairRole.POST || post.pairedWithId() == null) {
            return null;
        }
        String preTitle = surveys.header(post.pairedWithId()).map(SurveyHeader::title).orElse("");
        List<Pairs.Pair> matched = pairs.of(post, versionId);
        if (post.anonymous() && matched.size() < SMALL) {
            return new PairResult(preTitle, matched.size(), true, List.of());
        }
        var before = responses.likertSteps(matched.stream().map(Pairs.Pair::before).toList());
        var after = responses.likertSteps(matched.stream().map(Pairs.Pair::after).toList());
        List<LikertChange> changes = new ArrayList<>();
        for (Question q : questions) {
            if (q.kind() != QuestionKind.LIKERT) {
                continue;
            }
            Map<Integer, Integer> pre = steps(before, q.texts().get(HomeLanguage.JA));
            Map<Integer, Integer> postSteps = steps(after, q.texts().get(HomeLanguage.JA));
            List<Integer> both = pre.keySet().stream().filter(postSteps::containsKey).toList();
            if (!both.isEmpty()) {
                changes.add(new LikertChange(q.position(), q.texts().get(language),
                        both.stream().mapToInt(pre::get).average().orElse(0),
                        both.stream().mapToInt(postSteps::get).average().orElse(0)));
            }
        }
        return new PairResult(preTitle, matched.size(), false, changes);
    }

    /** Pair index to step, for the question asked in these (Japanese) words. */
    private static Map<Integer, Integer> steps(List<Map.Entry<String, int[]>> rows, String text) {
        Map<Integer, Integer> steps = new HashMap<>();
        rows.stream().filter(r -> r.getKey().equals(text)).forEach(r -> steps.put(r.getValue()[0], r.getValue()[1]));
        return steps;
    }
}
