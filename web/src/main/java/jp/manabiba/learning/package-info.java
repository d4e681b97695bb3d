/**
 * ESD units for children (issue 11, part 3): the unit catalogue loaded once from the content jar, the units'
 * images served under {@code /media/units/}, units assigned to learners or to a session series, a child's lesson
 * progress and activity answers (kept per stable lesson and activity id, so a new version of a unit loses
 * nothing), self-ratings on the ESD abilities at the start and end of a unit, and the community action each unit
 * closes with. Who may do what is {@link jp.manabiba.learning.LearningAccess}.
 */
@NullMarked
package jp.manabiba.learning;

import org.jspecify.annotations.NullMarked;
