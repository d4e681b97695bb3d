/**
 * Self-study modules of supporter training as packages of files (docs/curriculum-format.md, "Training modules"):
 * the model ({@link TrainingModule}, {@link TrainingPage}, {@link Quiz}), the loader and validator
 * ({@link TrainingModuleLoader}), the catalogue of all modules ({@link TrainingCatalogue}) and the reading check
 * ({@link TrainingReadingCheck}). Built on the unit engine's readers ({@link jp.manabiba.curriculum.unit.PackageParts}),
 * so modules and ESD units are read and checked the same way. Plain Java, no Spring, no Vaadin.
 */
@NullMarked
package jp.manabiba.curriculum.training;

import org.jspecify.annotations.NullMarked;
