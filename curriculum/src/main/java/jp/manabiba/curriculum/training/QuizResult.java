package jp.manabiba.curriculum.training;

/** A marked attempt: how many questions were right out of how many, the percent (rounded down) and the verdict. */
public record QuizResult(int right, int questions, int percent, boolean passed) {
}
