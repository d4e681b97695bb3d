package jp.manabiba.curriculum.training;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who a module is written for: the supporter categories of the programme, by the same names as the web
 * application's {@code people.SupporterCategory} (the curriculum module cannot depend on web). A module.yaml writes
 * them as these names, or {@code all}.
 */
public enum Audience {
    UNIVERSITY_STUDENT,
    EX_NURSERY_TEACHER,
    PARENT,
    OTHER_VOLUNTEER;

    /** The word module.yaml uses for every category. */
    public static final String ALL = "all";

    public static Optional<Audience> byName(String name) {
        return Arrays.stream(values()).filter(audience -> audience.name().equals(name)).findFirst();
    }
}
