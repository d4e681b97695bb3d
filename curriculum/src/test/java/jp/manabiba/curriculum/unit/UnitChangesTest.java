package jp.manabiba.curriculum.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress is stored per lesson and activity id: the comparison of two versions says what happened to each id. */
class UnitChangesTest {

    private final Unit v2 = Packages.sample();

    @Test
    void the_same_unit_has_no_changes() {
        var changes = UnitChanges.between(v2, v2);
        assertTrue(changes.isEmpty());
        assertTrue(changes.keepsEveryId());
    }

    @Test
    void a_lesson_retired_in_the_new_version_keeps_its_ids_and_is_listed_as_retired() {
        var v1 = withLessons(v2, 1, lessons -> lessons.set(1, retired(lessons.get(1), false)));
        var changes = UnitChanges.between(v1, v2);
        assertEquals(1, changes.fromVersion());
        assertEquals(2, changes.toVersion());
        assertEquals(List.of("old-walk"), changes.retiredLessons());
        assertEquals(List.of("old-reflect"), changes.retiredActivities());
        assertTrue(changes.keepsEveryId());
        assertEquals(List.of("old-walk"), UnitChanges.between(v2, v1).reinstatedLessons());
    }

    @Test
    void added_and_removed_lessons_and_activities_are_listed() {
        var v1 = withLessons(v2, 1, lessons -> {
            lessons.remove(2); // look-around did not exist in version 1
            var first = lessons.getFirst();
            lessons.set(0, new Lesson(first.id(), first.file(), first.title(), first.inquiry(), false, first.text(),
                    List.of(first.activities().getFirst(), new Reflection("gone-1", "…", 100)), first.images()));
        });
        var changes = UnitChanges.between(v1, v2);
        assertEquals(List.of("look-around"), changes.addedLessons());
        assertEquals(List.of("quiz-1", "look-1", "count-1", "word-1", "multi-1"), changes.addedActivities());
        assertEquals(List.of("gone-1"), changes.removedActivities());
        assertFalse(changes.keepsEveryId(), "gone-1 was removed instead of retired");
        assertEquals(List.of("look-around"), UnitChanges.between(v2, v1).removedLessons());
    }

    @Test
    void two_different_units_are_not_compared() {
        var other = new Unit("other", 1, v2.grades(), v2.title(), v2.summary(), v2.sdgs(), v2.abilities(),
                v2.concepts(), v2.sources(), v2.lessons());
        assertThrows(IllegalArgumentException.class, () -> UnitChanges.between(v2, other));
    }

    private static Unit withLessons(Unit unit, int version, java.util.function.Consumer<List<Lesson>> change) {
        var lessons = new ArrayList<>(unit.lessons());
        change.accept(lessons);
        return new Unit(unit.id(), version, unit.grades(), unit.title(), unit.summary(), unit.sdgs(),
                unit.abilities(), unit.concepts(), unit.sources(), lessons);
    }

    private static Lesson retired(Lesson lesson, boolean retired) {
        return new Lesson(lesson.id(), lesson.file(), lesson.title(), lesson.inquiry(), retired, lesson.text(),
                lesson.activities(), lesson.images());
    }
}
