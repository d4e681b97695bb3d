package jp.manabiba.learning;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.curriculum.unit.Lesson;
import jp.manabiba.curriculum.unit.Unit;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The units on a child's home: those given to them or to a series they are enrolled in, with their progress. */
@Service
@RolesAllowed(Roles.LEARNER)
public class MyUnits {

    static final String SCREEN = "my-units";

    private final AssignedUnits assigned;
    private final UnitLibrary library;
    private final LessonProgressRepository progress;
    private final SelfRatingRepository ratings;
    private final CommunityActionRepository actions;
    private final LearningAccess access;

    MyUnits(AssignedUnits assigned, UnitLibrary library, LessonProgressRepository progress, SelfRatingRepository ratings,
            CommunityActionRepository actions, LearningAccess access) {
        this.assigned = assigned;
        this.library = library;
        this.progress = progress;
        this.ratings = ratings;
        this.actions = actions;
        this.access = access;
    }

    /** None for a learner account without a learner record: the home then shows no card rather than a refusal. */
    @Transactional(readOnly = true)
    public List<MyUnitCard> list() {
        if (access.myLearnerIfAny().isEmpty()) {
            return List.of();
        }
        long me = access.myLearner();
        Map<String, CommunityActionRecord> myActions = actions.findByLearnerId(me).stream()
                .collect(Collectors.toMap(CommunityActionRecord::unitId, Function.identity()));
        return assigned.of(me).keySet().stream().map(unitId -> card(me, library.unit(unitId).orElseThrow(),
                myActions.get(unitId))).toList();
    }

    /** One of the child's units, for the reader's progress picture; a unit not given to them is refused (audited). */
    @Transactional(readOnly = true)
    public MyUnitCard card(String unitId) {
        long me = access.myLearner();
        Unit unit = assigned.require(me, unitId, SCREEN).unit();
        return card(me, unit, actions.findByLearnerIdAndUnitId(me, unitId).orElse(null));
    }

    private MyUnitCard card(long me, Unit unit, @Nullable CommunityActionRecord action) {
        Set<String> done = progress.findByLearnerIdAndUnitId(me, unit.id()).stream().filter(LessonProgress::finished)
                .map(LessonProgress::lessonId).collect(Collectors.toSet());
        List<Lesson> offered = unit.activeLessons();
        String next = offered.stream().map(Lesson::id).filter(id -> !done.contains(id)).findFirst().orElse(null);
        Set<RatingMoment> rated = ratings.findByLearnerIdAndUnitId(me, unit.id()).stream().map(SelfRating::moment)
                .collect(Collectors.toSet());
        int lessonsDone = (int) offered.stream().filter(lesson -> done.contains(lesson.id())).count();
        return new MyUnitCard(unit.id(), unit.title().ja(), lessonsDone, offered.size(), next,
                offered.getFirst().id(), offered.getLast().id(),
                rated.contains(RatingMoment.START), rated.contains(RatingMoment.END),
                action == null ? null : action.state());
    }
}
