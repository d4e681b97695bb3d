package jp.manabiba.people;

import jp.manabiba.schools.Grade;
import org.jspecify.annotations.Nullable;

/**
 * A child whose household's current answer to research is yes, with what a research export may hold about them
 * beyond the figures: the grade, and the class and school district that go out only once a coordinator reviewed them.
 */
public record ResearchSubject(long learnerId, @Nullable Grade grade, @Nullable String homeClass, @Nullable String district) {
}
