package jp.manabiba.learning;

/** A unit to choose when assigning: its id, title in the reader's language, and grade band. */
public record UnitOption(String unitId, String title, int gradeFrom, int gradeTo) {
}
