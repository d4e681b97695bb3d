package jp.manabiba.assignments;

/** A choice as the author writes it. */
public record ChoiceDraft(String label, boolean correct) {
}
