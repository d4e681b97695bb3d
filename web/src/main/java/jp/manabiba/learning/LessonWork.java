package jp.manabiba.learning;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.curriculum.unit.Activity;
import jp.manabiba.curriculum.unit.ChoiceQuestion;
import jp.manabiba.curriculum.unit.CommunityAction;
import jp.manabiba.curriculum.unit.Lesson;
import jp.manabiba.curriculum.unit.LookAround;
import jp.manabiba.curriculum.unit.NumberQuestion;
import jp.manabiba.curriculum.unit.PhotoPolicy;
import jp.manabiba.curriculum.unit.Question;
import jp.manabiba.curriculum.unit.Reflection;
import jp.manabiba.curriculum.unit.Score;
import jp.manabiba.curriculum.unit.Unit;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.ChildSettings;
import jp.manabiba.people.LearnerPreferences;
import jp.manabiba.security.Roles;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.curriculum.text.ReaderGrade;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's work in a lesson: opening it, saving answers as they type (autosave: saving the same answer again
 * changes nothing and returns the first time), and finishing it. Only the signed-in child's own work, only in
 * units given to them; everything is keyed by the unit's stable lesson and activity ids.
 */
@Service
@RolesAllowed(Roles.LEARNER)
public class LessonWork {

    static final String SCREEN = "lesson-reader";

    private final AssignedUnits assigned;
    private final LessonVisits visits;
    private final ActivityAnswerRepository answers;
    private final CommunityActionRepository actions;
    private final ActivityPhotoRepository photos;
    private final LearnerPreferences preferences;
    private final ChildTexts texts;
    private final LearningAccess access;
    private final Clock clock;

    LessonWork(AssignedUnits assigned, LessonVisits visits, ActivityAnswerRepository answers,
               CommunityActionRepository actions, ActivityPhotoRepository photos, LearnerPreferences preferences,
               ChildTexts texts,
               LearningAccess access, Clock clock) {
        this.assigned = assigned;
        this.visits = visits;
        this.answers = answers;
        this.actions = actions;
        this.photos = photos;
        this.preferences = preferences;
        this.texts = texts;
        this.access = access;
        this.clock = clock;
    }

    /** Opens a lesson (the first open is remembered): its text for the child's reader and their saved answers. */
    @Transactional
    public LessonPage open(String unitId, String lessonId) {
        long me = access.myLearner();
        AssignedUnits.Given given = assigned.require(me, unitId, SCREEN);
        Lesson lesson = assigned.lesson(given, me, lessonId, SCREEN);
        LessonProgress record = visits.visit(me, unitId, lessonId);
        ChildSettings settings = preferences.mine();
        ReaderGrade reader = ChildTexts.reader(settings.furigana(), settings.grade());
        String html = texts.markdown(LessonImages.rewrite(unitId, lesson.text()), reader).html();
        Map<String, ActivityAnswer> saved = answers.findByLearnerIdAndUnitId(me, unitId).stream()
                .collect(Collectors.toMap(ActivityAnswer::activityId, Function.identity()));
        Map<String, LookAroundPhoto> pictures = photos.refs(me, unitId).stream()
                .collect(Collectors.toMap(LookAroundPhoto::activityId, Function.identity()));
        List<ActivityView> activities = lesson.activities().stream()
                .map(a -> view(a, saved.get(a.id()), pictures.get(a.id()))).toList();
        return new LessonPage(unitId, lessonId, lesson.title().ja(), html, reader, lesson.retired(), record.finished(),
                activities);
    }

    /**
     * Keeps the child's answer to an activity. {@code expectedVersion} is the version the screen last saw (null
     * when it saw no answer): when another device or tab saved something else since, the save is refused so that
     * the newer answer is not lost without a word; the same answer again is never refused. Saves of one answer run
     * one after another (its row is made if absent, then locked), so two first saves at once never collide.
     */
    @Transactional
    public AnswerSaved save(String unitId, String activityId, @Nullable String answer, @Nullable Long expectedVersion) {
        long me = access.myLearner();
        Unit unit = assigned.require(me, unitId, SCREEN).unit();
        Activity activity = unit.activity(activityId).orElseThrow(() -> access.refused("learner", me, SCREEN));
        String kept = AnswerRules.check(activity, answer);
        @Nullable Score score = activity instanceof Question question ? question.score(kept) : null;
        boolean first = answers.insertIfAbsent(me, unitId, activityId, activity.kind(), clock.instant()) == 1;
        ActivityAnswer record = answers.lock(me, unitId, activityId).orElseThrow();
        if (!first && Objects.equals(record.answer(), kept)) {
            return saved(record, score); // an autosave repeated, or the other tab typed the same: nothing changed
        }
        if (!first && !Objects.equals(expectedVersion, record.version())) {
            throw new InvalidInput(activityId, "learning.error.changed-elsewhere");
        }
        record.keep(kept, score, clock.instant());
        unit.lessonOf(activityId).ifPresent(lesson -> visits.visit(me, unitId, lesson.id()));
        return saved(answers.saveAndFlush(record), score);
    }

    private static AnswerSaved saved(ActivityAnswer record, @Nullable Score score) {
        return new AnswerSaved(record.activityId(), record.savedAt(), record.version(), score);
    }

    /**
     * Finishes a lesson: every reflection and look-around written, every question answered, the community action
     * planned. Each missing one is refused under its activity.
     */
    @Transactional
    public void finish(String unitId, String lessonId) {
        long me = access.myLearner();
        AssignedUnits.Given given = assigned.require(me, unitId, SCREEN);
        Lesson lesson = assigned.lesson(given, me, lessonId, SCREEN);
        Map<String, ActivityAnswer> saved = answers.findByLearnerIdAndUnitId(me, unitId).stream()
                .collect(Collectors.toMap(ActivityAnswer::activityId, Function.identity()));
        for (Activity activity : lesson.activities()) {
            requireDone(activity, saved.get(activity.id()), me, unitId);
        }
        visits.visit(me, unitId, lessonId).finish(clock.instant());
    }

    private void requireDone(Activity activity, @Nullable ActivityAnswer answer, long me, String unitId) {
        boolean written = answer != null && answer.answer() != null;
        switch (activity) {
            case Reflection r when !written -> throw new InvalidInput(r.id(), "learning.error.write-first");
            case LookAround l when !written -> throw new InvalidInput(l.id(), "learning.error.write-first");
            case LookAround l when l.photo() == PhotoPolicy.REQUIRED
                    && photos.findByLearnerIdAndUnitIdAndActivityId(me, unitId, l.id()).isEmpty() ->
                    throw new InvalidInput(l.id(), "learning.error.photo-first");
            case Question q when !written || q.score(answer.answer()) == Score.UNANSWERED ->
                    throw new InvalidInput(q.id(), "learning.error.answer-first");
            case CommunityAction c when actions.findByLearnerIdAndUnitId(me, unitId).isEmpty() ->
                    throw new InvalidInput(c.id(), "learning.error.plan-first");
            default -> {
            }
        }
    }

    private static ActivityView view(Activity activity, @Nullable ActivityAnswer saved, @Nullable LookAroundPhoto photo) {
        List<String> choices = activity instanceof ChoiceQuestion c ? c.choices() : List.of();
        boolean multiple = activity instanceof ChoiceQuestion c && c.multiple();
        String unit = activity instanceof NumberQuestion n ? n.unit() : "";
        int maxLength = switch (activity) {
            case Reflection r -> r.maxLength();
            case LookAround l -> AnswerRules.LOOK_AROUND_MAX;
            case NumberQuestion n -> AnswerRules.NUMBER_MAX;
            default -> AnswerRules.SHORT_TEXT_MAX;
        };
        List<String> examples = activity instanceof CommunityAction c ? c.examples() : List.of();
        return new ActivityView(activity.id(), activity.kind(), activity.prompt(), choices, multiple, unit, maxLength,
                examples, saved == null ? null : saved.answer(), saved == null ? null : saved.savedAt(),
                saved == null ? 0 : saved.version(),
                activity instanceof LookAround look && look.photo() != PhotoPolicy.NONE, photo);
    }
}
