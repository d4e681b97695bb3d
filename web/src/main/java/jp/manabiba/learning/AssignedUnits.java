package jp.manabiba.learning;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.manabiba.curriculum.unit.Lesson;
import jp.manabiba.curriculum.unit.Unit;
import org.springframework.stereotype.Component;

/** The units a child has been given, directly or through a series, each with the assignment that gave it first. */
@Component
class AssignedUnits {

    private final UnitAssignmentRepository assignments;
    private final UnitLibrary library;
    private final LearningAccess access;

    AssignedUnits(UnitAssignmentRepository assignments, UnitLibrary library, LearningAccess access) {
        this.assignments = assignments;
        this.library = library;
        this.access = access;
    }

    /** By unit id, in the order they were given; a unit no longer in the content is left out. */
    Map<String, UnitAssignment> of(long learnerId) {
        Map<String, UnitAssignment> units = new LinkedHashMap<>();
        for (UnitAssignment assignment : assignments.ofLearner(learnerId, withNone(access.mySeries()))) {
            if (library.unit(assignment.unitId()).isPresent()) {
                units.putIfAbsent(assignment.unitId(), assignment);
            }
        }
        return units;
    }

    /** A unit given to the signed-in child, or a refusal (audited). */
    Given require(long learnerId, String unitId, String screen) {
        UnitAssignment assignment = of(learnerId).get(unitId);
        if (assignment == null) {
            throw access.refused("learner", learnerId, screen);
        }
        return new Given(library.unit(unitId).orElseThrow(), assignment);
    }

    /** A lesson of a given unit, retired ones included (a child's history still opens them). */
    Lesson lesson(Given given, long learnerId, String lessonId, String screen) {
        return given.unit().lesson(lessonId).orElseThrow(() -> access.refused("learner", learnerId, screen));
    }

    /** JPQL's "in ()" needs at least one value: -1 is no series. */
    private static java.util.Collection<Long> withNone(java.util.Set<Long> series) {
        return series.isEmpty() ? java.util.List.of(-1L) : series;
    }

    record Given(Unit unit, UnitAssignment assignment) {
    }
}
