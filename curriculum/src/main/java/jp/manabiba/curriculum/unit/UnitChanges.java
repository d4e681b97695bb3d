package jp.manabiba.curriculum.unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a unit, in the terms children's progress is stored under: lesson and
 * activity ids. Progress is never dropped: an id that is retired keeps the child's work and shows as retired in
 * their history; an id that was removed (instead of retired) leaves work without its lesson or prompt, which is
 * why {@link #keepsEveryId()} should hold for a published unit.
 *
 * @param retiredLessons     offered before, kept but retired now
 * @param reinstatedLessons  retired before, offered again now
 * @param addedLessons       new ids
 * @param removedLessons     gone from the package (should have been retired)
 * @param retiredActivities  in a lesson offered before, in a retired one now (or moved there)
 * @param addedActivities    new ids
 * @param removedActivities  gone from the package
 */
public record UnitChanges(String unitId, int fromVersion, int toVersion, List<String> retiredLessons,
        List<String> reinstatedLessons, List<String> addedLessons, List<String> removedLessons,
        List<String> retiredActivities, List<String> addedActivities, List<String> removedActivities) {

    public UnitChanges {
        Objects.requireNonNull(unitId, "unitId");
        retiredLessons = List.copyOf(retiredLessons);
        reinstatedLessons = List.copyOf(reinstatedLessons);
        addedLessons = List.copyOf(addedLessons);
        removedLessons = List.copyOf(removedLessons);
        retiredActivities = List.copyOf(retiredActivities);
        addedActivities = List.copyOf(addedActivities);
        removedActivities = List.copyOf(removedActivities);
    }

    /** The changes from {@code older} to {@code newer}, two versions of the same unit. */
    public static UnitChanges between(Unit older, Unit newer) {
        if (!older.id().equals(newer.id())) {
            throw new IllegalArgumentException("two different units: " + older.id() + " and " + newer.id());
        }
        var oldLessons = retiredById(older);
        var newLessons = retiredById(newer);
        var oldActivities = activityRetired(older);
        var newActivities = activityRetired(newer);
        return new UnitChanges(older.id(), older.version(), newer.version(),
                becameRetired(oldLessons, newLessons), becameOffered(oldLessons, newLessons),
                added(oldLessons, newLessons), added(newLessons, oldLessons),
                becameRetired(oldActivities, newActivities), added(oldActivities, newActivities),
                added(newActivities, oldActivities));
    }

    /** No lesson or activity id of the older version is gone. */
    public boolean keepsEveryId() {
        return removedLessons.isEmpty() && removedActivities.isEmpty();
    }

    public boolean isEmpty() {
        return keepsEveryId() && retiredLessons.isEmpty() && reinstatedLessons.isEmpty() && addedLessons.isEmpty()
                && retiredActivities.isEmpty() && addedActivities.isEmpty();
    }

    private static Map<String, Boolean> retiredById(Unit unit) {
        var retired = new LinkedHashMap<String, Boolean>();
        unit.lessons().forEach(lesson -> retired.put(lesson.id(), lesson.retired()));
        return retired;
    }

    private static Map<String, Boolean> activityRetired(Unit unit) {
        var retired = new LinkedHashMap<String, Boolean>();
        unit.lessons().forEach(lesson -> lesson.activities()
                .forEach(activity -> retired.put(activity.id(), lesson.retired())));
        return retired;
    }

    private static List<String> becameRetired(Map<String, Boolean> before, Map<String, Boolean> after) {
        return after.entrySet().stream()
                .filter(entry -> entry.getValue() && Boolean.FALSE.equals(before.get(entry.getKey())))
                .map(Map.Entry::getKey).toList();
    }

    private static List<String> becameOffered(Map<String, Boolean> before, Map<String, Boolean> after) {
        return after.entrySet().stream()
                .filter(entry -> !entry.getValue() && Boolean.TRUE.equals(before.get(entry.getKey())))
                .map(Map.Entry::getKey).toList();
    }

    private static List<String> added(Map<String, Boolean> before, Map<String, Boolean> after) {
        return after.keySet().stream().filter(id -> !before.containsKey(id)).toList();
    }
}
