package jp.manabiba.curriculum.unit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ESD unit as loaded from its package: stable id, version, grade band, titles, the SDGs (1-17), ESD abilities
 * and concepts it serves, the sources of its facts and its lessons in order. Only {@link UnitLoader} makes valid
 * ones from files; the constructor checks only what the types cannot.
 */
public record Unit(String id, int version, GradeBand grades, Bilingual title, Bilingual summary, List<Integer> sdgs,
        List<EsdAbility> abilities, List<EsdConcept> concepts, List<Source> sources, List<Lesson> lessons) {

    public static final int FIRST_SDG = 1;
    public static final int LAST_SDG = 17;

    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(grades, "grades");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        sdgs = List.copyOf(sdgs);
        abilities = List.copyOf(abilities);
        concepts = List.copyOf(concepts);
        sources = List.copyOf(sources);
        lessons = List.copyOf(lessons);
        if (version < 1) {
            throw new IllegalArgumentException("a unit's version starts at 1, not " + version);
        }
    }

    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(lesson -> lesson.id().equals(lessonId)).findFirst();
    }

    /** The lessons a child is offered now, in order (the retired ones left out). */
    public List<Lesson> activeLessons() {
        return lessons.stream().filter(lesson -> !lesson.retired()).toList();
    }

    public Optional<Activity> activity(String activityId) {
        return activities().stream().filter(activity -> activity.id().equals(activityId)).findFirst();
    }

    /** The lesson an activity belongs to. */
    public Optional<Lesson> lessonOf(String activityId) {
        return lessons.stream()
                .filter(lesson -> lesson.activities().stream().anyMatch(a -> a.id().equals(activityId)))
                .findFirst();
    }

    /** Every activity of every lesson, retired lessons included, in order. */
    public List<Activity> activities() {
        return lessons.stream().flatMap(lesson -> lesson.activities().stream()).toList();
    }

    /** The closing community action (a valid unit has exactly one, in its last active lesson). */
    public CommunityAction communityAction() {
        return activities().stream().filter(CommunityAction.class::isInstance).map(CommunityAction.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("unit " + id + " has no community action"));
    }
}
