package jp.manabiba.people;

/** What a child may set for their own screens. */
public record ChildSettings(FuriganaPreference furigana, TextSize textSize) {
}
