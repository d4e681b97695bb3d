package jp.manabiba.learning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.curriculum.unit.Activity;
import jp.manabiba.curriculum.unit.Lesson;
import jp.manabiba.curriculum.unit.Reflection;
import jp.manabiba.curriculum.unit.Unit;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children's written reflections, their own words: for the coordinators of their organisation, the tutors matched
 * with them, and their school teacher only where the household consented to the teacher reading learning records
 * ({@link LearningAccess#reflectionsReadable}). Every read is in the audit log; any other child is refused and
 * audited the same way as one that does not exist.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER})
public class ChildReflections {

    static final String SCREEN = "learning-reflections";

    private final ActivityAnswerRepository answers;
    private final UnitLibrary library;
    private final LearningAccess access;
    private final AuditLog audit;

    ChildReflections(ActivityAnswerRepository answers, UnitLibrary library, LearningAccess access, AuditLog audit) {
        this.answers = answers;
        this.library = library;
        this.access = access;
        this.audit = audit;
    }

    /** Of these children, those whose reflections the caller may open (ids only: nothing of theirs is read). */
    @Transactional(readOnly = true)
    public Set<Long> readable(Collection<Long> learnerIds) {
        return access.reflectionsReadable(learnerIds);
    }

    /** A child's reflections on a unit, lesson by lesson; the read is audited. */
    @Transactional
    public List<ReflectionText> of(long learnerId, String unitId, Locale locale) {
        if (!access.reflectionsReadable(List.of(learnerId)).contains(learnerId)) {
            throw access.refused("learner", learnerId, SCREEN);
        }
        Unit unit = library.unit(unitId).orElseThrow(() -> new InvalidInput("unit", "learning.error.unknown-unit"));
        audit.record(AuditAction.READ, "learner", learnerId, SCREEN);
        Map<String, ActivityAnswer> saved = answers.findByLearnerIdAndUnitId(learnerId, unitId).stream()
                .collect(Collectors.toMap(ActivityAnswer::activityId, Function.identity()));
        List<ReflectionText> texts = new ArrayList<>();
        for (Lesson lesson : unit.lessons()) {
            for (Activity activity : lesson.activities()) {
                ActivityAnswer answer = saved.get(activity.id());
                if (activity instanceof Reflection reflection && answer != null && answer.answer() != null
                        && !answer.answer().isBlank()) {
                    texts.add(new ReflectionText(lesson.id(), lesson.title().in(locale), reflection.prompt(),
                            answer.answer(), answer.savedAt()));
                }
            }
        }
        return texts;
    }
}
