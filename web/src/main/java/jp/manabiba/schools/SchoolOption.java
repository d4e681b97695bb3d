package jp.manabiba.schools;

/** A school to choose in a form. */
public record SchoolOption(long id, String name) {
}
