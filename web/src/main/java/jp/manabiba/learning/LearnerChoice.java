package jp.manabiba.learning;

import jp.manabiba.schools.Grade;
import org.jspecify.annotations.Nullable;

/**
 * A child the caller may give a unit to. Children with the same name are told apart by grade, school and class,
 * so those come with the name (as in the sessions' planning dialog).
 */
public record LearnerChoice(long id, String name, @Nullable Grade grade, @Nullable String school,
                            @Nullable String homeClass) {
}
