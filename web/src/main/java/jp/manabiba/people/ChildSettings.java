package jp.manabiba.people;
import jp.manabiba.schools.Grade;
import org.jspecify.annotations.Nullable;

/** What a child may set for their own screens, and their grade (which the furigana follow; not theirs to change). */
public record ChildSettings(FuriganaPreference furigana, TextSize textSize, @Nullable Grade grade) {
}
