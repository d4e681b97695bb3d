/**
 * Schools, their classes and teachers, and the OneRoster import that brings them in. The people feature asks this
 * one (school names, a teacher's school); this one knows nothing of people and reaches the learners a roster links
 * only through {@link jp.manabiba.schools.PupilLinking}, which people implements.
 */
@NullMarked
package jp.manabiba.schools;

import org.jspecify.annotations.NullMarked;
