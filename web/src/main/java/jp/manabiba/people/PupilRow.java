package jp.manabiba.people;
import jp.manabiba.schools.Grade;
import org.jspecify.annotations.Nullable;

/** A pupil as their school teacher sees them in Manabiba. */
public record PupilRow(long id, String fullName, String kana, @Nullable Grade grade, @Nullable String homeClass) {
}
