/**
 * ESD units as packages of files (docs/curriculum-format.md, "Unit packages"): the model ({@link Unit},
 * {@link Lesson}, {@link Activity}), the loader and validator that reports every problem with its file and line
 * ({@link UnitLoader}), the catalogue of all units ({@link UnitCatalogue}), the comparison of two versions of a
 * unit ({@link UnitChanges}) and the authors' reading check ({@link ReadingCheck}). Plain Java, no Spring, no
 * Vaadin.
 */
@NullMarked
package jp.manabiba.curriculum.unit;

import org.jspecify.annotations.NullMarked;
