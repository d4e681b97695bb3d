package jp.manabiba.assignments;

/** A file answer saved: the draft's time and version as after any save, and the file to show as a thumbnail. */
public record SavedFile(SavedDraft saved, AnswerFile file) {
}
