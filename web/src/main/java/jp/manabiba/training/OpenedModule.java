package jp.manabiba.training;

/**
 * A self-study module the signed-in supporter may take: the module's record and its content package.
 *
 * @param supporterId the signed-in supporter, whose attempt and completion this will be
 */
record OpenedModule(long supporterId, TrainingModule record,
                    jp.manabiba.curriculum.training.TrainingModule content) {
}
